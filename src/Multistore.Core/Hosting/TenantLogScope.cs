using System.Collections;
using System.Collections.Concurrent;

namespace Multistore.Hosting;

/// <summary>
/// The log scope of a request: its tenant and touchpoint, as the structured values log sinks read
/// (<c>Tenant</c>, <c>Touchpoint</c>). One immutable instance per tenant and touchpoint, so a request allocates none.
/// </summary>
internal sealed class TenantLogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private static readonly ConcurrentDictionary<(string Tenant, string Touchpoint), TenantLogScope> Scopes = new();

    private readonly KeyValuePair<string, object?>[] _values;
    private readonly string _text;

    private TenantLogScope(string tenant, string touchpoint)
    {
        _values = [new("Tenant", tenant), new("Touchpoint", touchpoint)];
        _text = $"Tenant:{tenant} Touchpoint:{touchpoint}";
    }

    public static TenantLogScope For(string tenant, string touchpoint) =>
        Scopes.TryGetValue((tenant, touchpoint), out var scope)
            ? scope
            : Scopes.GetOrAdd((tenant, touchpoint), static key => new TenantLogScope(key.Tenant, key.Touchpoint));

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
