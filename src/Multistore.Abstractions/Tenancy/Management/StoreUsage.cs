namespace Multistore.Tenancy.Management;

/// <summary>
/// One store's use of this node. <see cref="DatabaseBytes"/> and <see cref="SearchIndexBytes"/> are null when they
/// cannot be read (no search index folder, a database that did not answer); both are read at most once a minute.
/// </summary>
public sealed record StoreUsage(string Store, UsageWindow LastHour, UsageWindow LastDay, long? DatabaseBytes, long? SearchIndexBytes)
{
    /// <summary>
    /// An estimate of the memory the store's shell takes on this node: the bytes allocated while the running shell was
    /// built. Null when the store has no running shell here (released for idleness or a change, or never built).
    /// </summary>
    public long? ShellMemoryEstimatedBytes { get; init; }
}
