using Microsoft.Extensions.Options;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Hosting;

/// <summary>The configured regions with the tiers each can hold a new store on, in name order.</summary>
internal sealed class RegionCatalog(IOptions<MultistoreOptions> options) : ITenantRegions
{
    public IReadOnlyList<TenantRegion> All =>
    [
        .. options.Value.Regions.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new TenantRegion(r.Key, RegionPlacement.ServedTiers(r.Value, options.Value), [.. r.Value.Nodes])),
    ];
}
