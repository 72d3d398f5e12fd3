namespace Multistore.Hosting.Usage;

/// <summary>A store's sizes as read at <see cref="ReadAt"/>.</summary>
internal sealed record StoreSizes(long? DatabaseBytes, long? SearchIndexBytes, DateTimeOffset ReadAt);
