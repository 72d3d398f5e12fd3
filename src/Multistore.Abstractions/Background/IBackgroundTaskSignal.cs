namespace Multistore.Background;

/// <summary>
/// Wakes <typeparamref name="TTask"/> now instead of at its next scheduled round, when a service knows there is work
/// (a product saved, a price scheduled). Signals during a round start one more round when it ends; any number of them
/// before a round starts cost one round. Injected like any service; a shell that does not run the task ignores it.
/// </summary>
public interface IBackgroundTaskSignal<TTask>
    where TTask : IShellBackgroundTask
{
    void Signal();
}
