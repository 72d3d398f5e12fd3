using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;

namespace Multistore.Pricing.Services;

public sealed class PriceService(PricingDbContext db) : IPriceService
{
    public async Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAsync(IReadOnlyCollection<string> skus, string currency, CancellationToken cancellationToken)
    {
        var entries = await db.PriceEntries.AsNoTracking()
            .Where(e => skus.Contains(e.Sku) && db.PriceLists.Any(l => l.Id == e.PriceListId && l.IsDefault && l.Currency == currency))
            .ToListAsync(cancellationToken);
        return entries.ToDictionary(
            e => e.Sku,
            e => new SkuPrice(e.Sku, new Money(e.Amount, currency).Rounded(), e.CompareAtAmount is { } was ? new Money(was, currency).Rounded() : null),
            StringComparer.OrdinalIgnoreCase);
    }
}
