namespace Multistore.Tenancy.Management;

/// <summary>
/// Each store's share of this node: its requests, latency, errors and 429s over the last hour and day (kept in memory
/// by the engine, per node), with its database and search index sizes. The host admin's usage page and
/// <c>GET /api/usage</c> read it to show the noisy neighbour.
/// </summary>
public interface IStoreUsage
{
    /// <summary>The stores that served requests on this node in the last day, in no particular order.</summary>
    Task<IReadOnlyList<StoreUsage>> ReadAsync(CancellationToken cancellationToken);
}
