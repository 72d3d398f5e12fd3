namespace Multistore.Farm;

/// <summary>
/// Applies, on this node, a change another node published for the store (<see cref="IStoreChangeBroadcast"/>).
/// Registered in the shell's container; only a running shell receives changes (a shell built later reads the
/// current state anyway). A node that may have missed messages (its connection to the channel was cut) releases its
/// shells instead, so a handler never has to catch up.
/// </summary>
public interface IStoreChangeHandler
{
    /// <summary>The kind of message this handler applies, as published.</summary>
    string Kind { get; }

    ValueTask ApplyAsync(string data, CancellationToken cancellationToken);
}
