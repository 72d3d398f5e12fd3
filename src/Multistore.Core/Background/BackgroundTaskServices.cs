using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Background;

/// <summary>What every shell's container needs for modules' background tasks: each task's signal, here and from other nodes.</summary>
internal static class BackgroundTaskServices
{
    public static IServiceCollection AddShellBackgroundTasks(this IServiceCollection services) => services
        .AddSingleton(typeof(IBackgroundTaskSignal<>), typeof(BackgroundTaskSignal<>))
        .AddSingleton<Multistore.Farm.IStoreChangeHandler, BackgroundTaskSignalFromOtherNodes>();
}
