using Microsoft.Extensions.DependencyInjection;
using Multistore.Farm;

namespace Multistore.Background;

/// <summary>
/// Wakes, in this node's shell, a task another node signalled with <see cref="IBackgroundTaskSignal{TTask}.SignalEveryNode"/>.
/// A task this shell does not run (another version of a module during a rolling upgrade) is ignored: its first round in
/// the next shell catches up.
/// </summary>
internal sealed class BackgroundTaskSignalFromOtherNodes(IServiceProvider services) : IStoreChangeHandler
{
    public const string Kind = "background-task.signal";

    string IStoreChangeHandler.Kind => Kind;

    public ValueTask ApplyAsync(string data, CancellationToken cancellationToken)
    {
        var registration = services.GetServices<BackgroundTaskRegistration>().FirstOrDefault(r => r.TaskType.FullName == data);
        if (registration is not null)
        {
            ((IBackgroundTaskWakeup)services.GetRequiredService(typeof(IBackgroundTaskSignal<>).MakeGenericType(registration.TaskType))).Wake();
        }

        return ValueTask.CompletedTask;
    }
}
