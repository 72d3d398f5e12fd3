using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Pricing.Domain;

namespace Multistore.Pricing.Services;

/// <summary>Prices now also tell the request's <see cref="PriceValidity"/> which SKUs were priced and when the next scheduled price of those SKUs starts or ends.</summary>
internal sealed class PriceService(PricingDbContext db, IOptions<PricingSettings> settings, TimeProvider clock, PriceValidity validity) : IPriceService
{
    public Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAsync(IReadOnlyCollection<string> skus, string currency, CancellationToken cancellationToken) =>
        PricesAsync(skus, currency, clock.GetUtcNow().UtcDateTime, validity, cancellationToken);

    public Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAtAsync(IReadOnlyCollection<string> skus, string currency, DateTime atUtc, CancellationToken cancellationToken) =>
        PricesAsync(skus, currency, atUtc, null, cancellationToken);

    private async Task<IReadOnlyDictionary<string, SkuPrice>> PricesAsync(IReadOnlyCollection<string> skus, string currency, DateTime atUtc, PriceValidity? noteValidity, CancellationToken cancellationToken)
    {
        var list = await PriceQueries.DefaultList(db, currency, cancellationToken);
        if (list is null || skus.Count == 0)
        {
            return new Dictionary<string, SkuPrice>(StringComparer.OrdinalIgnoreCase);
        }

        var skuArray = skus as string[] ?? [.. skus];
        noteValidity?.Priced(skuArray);
        var entries = await PriceQueries.ListAsync(PriceQueries.Entries(db, list.Id, skuArray), cancellationToken);
        var scheduled = await PriceQueries.ListAsync(PriceQueries.Scheduled(db, list.Id, skuArray), cancellationToken);
        if (noteValidity is not null && NextBoundary(scheduled, atUtc) is { } next)
        {
            noteValidity.Limit(next);
        }

        var includesTax = settings.Value.PricesIncludeTax;
        var result = new Dictionary<string, SkuPrice>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var sale = ActiveSale(scheduled, entry.Sku, atUtc);
            result[entry.Sku] = sale is null
                ? Price(entry.Sku, entry.Amount, entry.CompareAtAmount, currency) with { IncludesTax = includesTax }
                : Price(entry.Sku, sale.Amount, sale.CompareAtAmount ?? entry.Amount, currency) with { IncludesTax = includesTax, IsScheduled = true };
        }

        return result;
    }

    public async Task<IReadOnlyList<string>> CurrenciesAsync(CancellationToken cancellationToken) =>
        await db.PriceLists.AsNoTracking().Where(l => l.IsDefault).Select(l => l.Currency).Distinct().ToListAsync(cancellationToken);

    /// <summary>The first moment after <paramref name="atUtc"/> at which one of these scheduled prices starts or ends.</summary>
    private static DateTime? NextBoundary(List<ScheduledPrice> scheduled, DateTime atUtc) =>
        scheduled.SelectMany(s => new[] { s.StartsUtc, s.EndsUtc ?? DateTime.MaxValue }).Where(t => t > atUtc && t < DateTime.MaxValue)
            .Select(t => (DateTime?)DateTime.SpecifyKind(t, DateTimeKind.Utc)).Min();

    /// <summary>Of overlapping sales, the one that started last wins: it is the most specific campaign.</summary>
    private static ScheduledPrice? ActiveSale(List<ScheduledPrice> scheduled, string sku, DateTime atUtc) =>
        scheduled.Where(s => string.Equals(s.Sku, sku, StringComparison.OrdinalIgnoreCase) && s.IsActiveAt(atUtc))
            .OrderByDescending(s => s.StartsUtc).FirstOrDefault();

    private static SkuPrice Price(string sku, decimal amount, decimal? compareAt, string currency) =>
        new(sku, new Money(amount, currency).Rounded(), compareAt is { } was && was > amount ? new Money(was, currency).Rounded() : null);
}
