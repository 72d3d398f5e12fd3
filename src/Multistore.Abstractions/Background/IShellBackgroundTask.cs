namespace Multistore.Background;

/// <summary>
/// Work a module does in the background of each running store, outside any request: keeping an index in step,
/// announcing a scheduled price, giving back expired stock holds. The engine runs one round at a time per shell,
/// from the moment the shell is built until it is released (a shell built only to run a setup recipe never runs
/// it), on the schedule and signals the task was registered with (<see cref="BackgroundTaskServiceCollectionExtensions.AddBackgroundTask{TTask}"/>).
/// A round that throws is logged and listed under <see cref="Name"/>, and the task backs off before the next one;
/// so a round only catches what it can really handle.
/// </summary>
public interface IShellBackgroundTask
{
    /// <summary>Short, lower-case, stable: logs and the store's recent errors list the task's failures under it (<c>search-indexer</c>).</summary>
    string Name { get; }

    /// <summary>One round. <paramref name="cancellationToken"/> fires when the shell is released: stop there, the round is not retried.</summary>
    Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken);
}
