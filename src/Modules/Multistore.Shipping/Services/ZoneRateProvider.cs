using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Services;

/// <summary>Quotes the rates of the zone that matches the address best (region over country over everywhere).</summary>
internal sealed class ZoneRateProvider(ShippingDbContext db) : IShippingRateProvider
{
    public async Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken cancellationToken)
    {
        var country = request.ShipTo.Country.Trim();
        var region = (request.ShipTo.Region ?? "").Trim();
        var zones = await db.Zones.AsNoTracking().AsSplitQuery()
            .Include(z => z.Areas).Include(z => z.Rates).ThenInclude(r => r.Tiers)
            .ToListAsync(cancellationToken);
        var zone = zones
            .Select(z => (Zone: z, Score: z.Areas.Count == 0 ? -1 : z.Areas.Max(a => a.Match(country, region))))
            .Where(m => m.Score >= 0)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Zone.Position)
            .Select(m => m.Zone)
            .FirstOrDefault();
        if (zone is null)
        {
            return [];
        }

        var currency = request.Subtotal.Currency;
        return [.. zone.Rates
            .Select(rate => (Rate: rate, Price: rate.PriceFor(request.Subtotal.Amount, request.WeightKg)))
            .Where(q => q.Price is not null)
            .OrderBy(q => q.Price)
            .Select(q => new ShippingQuote(q.Rate.Code, q.Rate.Name, new Money(Currency.Round(q.Price!.Value, currency), currency)))];
    }
}
