namespace Multistore.Hosting;

/// <summary>An error logged while serving a tenant, as its admin page lists it.</summary>
public sealed record RecentError(
    DateTimeOffset At,
    string Category,
    string Message,
    string? Exception,
    string? Touchpoint,
    string? RequestId,
    string? TraceId,
    string? Path);
