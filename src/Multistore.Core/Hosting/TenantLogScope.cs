using System.Collections;
using System.Collections.Concurrent;

namespace Multistore.Hosting;

/// <summary>
/// The log scope of a request in a store: its tenant, as the structured value log sinks read (<c>Tenant</c>). One
/// immutable instance per tenant, so a request allocates none. The touchpoint joins later, in its own scope
/// (<see cref="TouchpointLogScope"/>), once the touchpoint stage has decided it.
/// </summary>
internal sealed class TenantLogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private static readonly ConcurrentDictionary<string, TenantLogScope> Scopes = new(StringComparer.Ordinal);

    private readonly KeyValuePair<string, object?>[] _values;
    private readonly string _text;

    private TenantLogScope(string tenant)
    {
        _values = [new("Tenant", tenant)];
        _text = $"Tenant:{tenant}";
    }

    public static TenantLogScope For(string tenant) =>
        Scopes.TryGetValue(tenant, out var scope) ? scope : Scopes.GetOrAdd(tenant, static name => new TenantLogScope(name));

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
