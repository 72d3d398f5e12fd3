using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Multistore.Background;

public static class BackgroundTaskServiceCollectionExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TTask"/> in every running shell of a store with this startup's feature: when the
    /// shell starts, then on <paramref name="schedule"/> and signals, until the shell is released. The task is a
    /// singleton of the shell, so pages may read its state; each round gets a scope of its own.
    /// </summary>
    public static IServiceCollection AddBackgroundTask<TTask>(this IServiceCollection services, BackgroundTaskSchedule schedule)
        where TTask : class, IShellBackgroundTask
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (services.Any(d => d.ImplementationInstance is BackgroundTaskRegistration r && r.TaskType == typeof(TTask)))
        {
            throw new InvalidOperationException($"The background task {typeof(TTask).FullName} is registered twice.");
        }

        services.TryAddSingleton<TTask>();
        services.AddSingleton(new BackgroundTaskRegistration(typeof(TTask), schedule));
        return services;
    }
}
