using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Services;

/// <summary>The countries the store's shipping zones name (a zone with rates; a zone without any ships nothing).</summary>
internal sealed class ZoneCoverage(ShippingDbContext db) : IShippingCoverage
{
    public async Task<ShippingCoverage> CoverageAsync(CancellationToken cancellationToken)
    {
        var areas = await db.Zones.AsNoTracking()
            .Where(z => z.Rates.Count > 0)
            .SelectMany(z => z.Areas.Select(a => a.Country))
            .Distinct()
            .ToListAsync(cancellationToken);
        return new ShippingCoverage(
            [.. areas.Where(c => c != ShippingZoneArea.Everywhere).Select(c => c.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)],
            areas.Contains(ShippingZoneArea.Everywhere));
    }
}
