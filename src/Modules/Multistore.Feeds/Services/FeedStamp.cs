namespace Multistore.Feeds.Services;

/// <summary>A feed's validators: the ETag (quoted, as sent) and Last-Modified.</summary>
public sealed record FeedStamp(string ETag, DateTimeOffset LastModified);
