namespace Multistore.Background;

/// <summary>
/// Wakes <typeparamref name="TTask"/> now instead of at its next scheduled round, when a service knows there is work
/// (a product saved, a price scheduled). Signals during a round start one more round when it ends; any number of them
/// before a round starts cost one round. Injected like any service; a shell that does not run the task ignores it.
/// </summary>
public interface IBackgroundTaskSignal<TTask>
    where TTask : IShellBackgroundTask
{
    /// <summary>Wakes the task in this node's shell of the store.</summary>
    void Signal();

    /// <summary>
    /// Wakes the task here and in the store's shells on the farm's other nodes, for a change they cannot see by
    /// themselves (a product saved here that their own indexes must take in). Signals given in a burst (an import)
    /// reach the other nodes as one or two messages, after the last of them; on a single node this is <see cref="Signal"/>.
    /// </summary>
    void SignalEveryNode();
}
