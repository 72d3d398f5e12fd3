namespace Multistore.Hosting;

/// <summary>
/// An error logged while serving a tenant, as its admin page lists it: a request's (with its path) or a background
/// task's (with the task's name, and no request: whichever request built the shell has nothing to do with it).
/// </summary>
public sealed record RecentError(
    DateTimeOffset At,
    string Category,
    string Message,
    string? Exception,
    string? Touchpoint,
    string? RequestId,
    string? TraceId,
    string? Path)
{
    /// <summary>The background task that logged the error (<c>search-indexer</c>); null for a request's error.</summary>
    public string? BackgroundTask { get; init; }

    /// <summary>Where the error came from, as the list shows it: the request's path, or <c>task: {name}</c>.</summary>
    public string? Source => BackgroundTask is null ? Path : $"task: {BackgroundTask}";
}
