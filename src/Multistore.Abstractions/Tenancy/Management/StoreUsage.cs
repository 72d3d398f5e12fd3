namespace Multistore.Tenancy.Management;

/// <summary>
/// One store's use of this node. <see cref="DatabaseBytes"/> and <see cref="SearchIndexBytes"/> are null when they
/// cannot be read (no search index folder, a database that did not answer); both are read at most once a minute.
/// </summary>
public sealed record StoreUsage(string Store, UsageWindow LastHour, UsageWindow LastDay, long? DatabaseBytes, long? SearchIndexBytes);
