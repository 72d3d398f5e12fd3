namespace Multistore.Farm;

/// <summary>
/// Tells the store's shells on the farm's other nodes about a change to what they hold in memory (a page cache entry,
/// a derived index), so every node serves the change. One node (the embedded SQLite host) has no other nodes and
/// publishes nothing. The message carries a kind, which names the <see cref="IStoreChangeHandler"/> that applies it,
/// and a short text; the node that publishes applies the change itself, it is not sent back.
/// </summary>
public interface IStoreChangeBroadcast
{
    /// <summary>Sends the change; a failure to reach the channel is logged, not thrown (the change itself is saved).</summary>
    Task PublishAsync(string kind, string data, CancellationToken cancellationToken);
}
