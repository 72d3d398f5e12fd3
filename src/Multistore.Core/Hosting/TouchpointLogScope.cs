using System.Collections.Concurrent;

namespace Multistore.Hosting;

/// <summary>
/// The log scope the touchpoint stage opens inside the tenant's: <c>Touchpoint</c>, and <c>User</c> when someone is
/// signed in. Without a user, one immutable instance per touchpoint, so an anonymous request allocates none.
/// </summary>
internal sealed class TouchpointLogScope : StructuredLogScope
{
    private static readonly ConcurrentDictionary<string, TouchpointLogScope> Anonymous = new(StringComparer.Ordinal);

    private TouchpointLogScope(string touchpoint, string? user)
        : base(user is null ? [new("Touchpoint", touchpoint)] : [new("Touchpoint", touchpoint), new("User", user)])
    {
    }

    public static TouchpointLogScope For(string touchpoint, string? user) =>
        user is not null ? new TouchpointLogScope(touchpoint, user)
        : Anonymous.TryGetValue(touchpoint, out var scope) ? scope
        : Anonymous.GetOrAdd(touchpoint, static name => new TouchpointLogScope(name, null));
}
