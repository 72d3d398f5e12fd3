using System.Collections;
using System.Collections.Concurrent;

namespace Multistore.Hosting;

/// <summary>
/// The log scope the touchpoint stage opens inside the tenant's: <c>Touchpoint</c>, and <c>User</c> when someone is
/// signed in. Without a user, one immutable instance per touchpoint, so an anonymous request allocates none.
/// </summary>
internal sealed class TouchpointLogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private static readonly ConcurrentDictionary<string, TouchpointLogScope> Anonymous = new(StringComparer.Ordinal);

    private readonly KeyValuePair<string, object?>[] _values;
    private readonly string _text;

    private TouchpointLogScope(string touchpoint, string? user)
    {
        _values = user is null ? [new("Touchpoint", touchpoint)] : [new("Touchpoint", touchpoint), new("User", user)];
        _text = user is null ? $"Touchpoint:{touchpoint}" : $"Touchpoint:{touchpoint} User:{user}";
    }

    public static TouchpointLogScope For(string touchpoint, string? user) =>
        user is not null ? new TouchpointLogScope(touchpoint, user)
        : Anonymous.TryGetValue(touchpoint, out var scope) ? scope
        : Anonymous.GetOrAdd(touchpoint, static name => new TouchpointLogScope(name, null));

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
