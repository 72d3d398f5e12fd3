using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Multistore.Tenancy;

namespace Multistore.Farm;

/// <summary>
/// Host configuration <c>Multistore:Quotas</c>: how many requests a store may send to the node (the farm, with Redis)
/// in each window, so a flooded or misbehaving store is answered 429 with <c>Retry-After</c> instead of slowing every
/// other store. <see cref="Requests"/> is every store's quota (0: none); <see cref="Stores"/> sets one store's own.
/// </summary>
internal sealed class StoreQuotaOptions
{
    public const string SectionName = "Multistore:Quotas";

    public int Requests { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    public Dictionary<string, StoreQuota> Stores { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int RequestsOf(string tenant) => Stores.TryGetValue(tenant, out var own) ? own.Requests : Requests;
}

internal sealed class StoreQuota
{
    public int Requests { get; set; }
}

/// <summary>
/// One store's request quota on the shell's <see cref="IFarmRateLimits"/> (counted across the farm with Redis). The SaaS
/// host has none: it is the operators' own door.
/// </summary>
internal sealed class StoreRequestQuota : IDisposable
{
    public const string Purpose = "store-quota";

    private readonly RateLimiter? _limiter;

    public StoreRequestQuota(IFarmRateLimits limits, TenantSettings tenant, IOptions<StoreQuotaOptions> options)
    {
        var permits = options.Value.RequestsOf(tenant.Name);
        if (permits > 0 && !tenant.IsDefault)
        {
            var window = options.Value.Window > TimeSpan.Zero ? options.Value.Window : TimeSpan.FromSeconds(1);
            var partition = limits.FixedWindow(Purpose, "requests", permits, window);
            _limiter = partition.Factory(partition.PartitionKey);
        }
    }

    /// <summary>Null when the request is within the store's quota; otherwise how long the client should wait.</summary>
    public async ValueTask<TimeSpan?> RefusalAsync(CancellationToken cancellationToken)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter?.Dispose();
}
