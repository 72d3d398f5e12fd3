using System.Collections.Concurrent;

namespace Multistore.Hosting;

/// <summary>
/// The log scope of a request in a store: its tenant, as the structured value log sinks read (<c>Tenant</c>). One
/// immutable instance per tenant, so a request allocates none. The touchpoint joins later, in its own scope
/// (<see cref="TouchpointLogScope"/>), once the touchpoint stage has decided it.
/// </summary>
internal sealed class TenantLogScope : StructuredLogScope
{
    private static readonly ConcurrentDictionary<string, TenantLogScope> Scopes = new(StringComparer.Ordinal);

    private TenantLogScope(string tenant)
        : base([new("Tenant", tenant)])
    {
    }

    public static TenantLogScope For(string tenant) =>
        Scopes.TryGetValue(tenant, out var scope) ? scope : Scopes.GetOrAdd(tenant, static name => new TenantLogScope(name));
}
