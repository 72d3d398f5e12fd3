using Microsoft.EntityFrameworkCore;
using Multistore.Pricing.Domain;

namespace Multistore.Pricing.Services;

/// <summary>
/// The price lookups every uncached page and every cart makes, compiled once: EF Core then skips parameter
/// extraction, the query-cache key and its lookup on each call.
/// </summary>
internal static class PriceQueries
{
    public static readonly Func<PricingDbContext, string, CancellationToken, Task<PriceList?>> DefaultList =
        EF.CompileAsyncQuery((PricingDbContext db, string currency, CancellationToken _) =>
            db.PriceLists.AsNoTracking().FirstOrDefault(l => l.IsDefault && l.Currency == currency));

    public static readonly Func<PricingDbContext, Guid, string[], IAsyncEnumerable<PriceEntry>> Entries =
        EF.CompileAsyncQuery((PricingDbContext db, Guid listId, string[] skus) =>
            db.PriceEntries.AsNoTracking().Where(e => e.PriceListId == listId && skus.Contains(e.Sku)));

    public static readonly Func<PricingDbContext, Guid, string[], IAsyncEnumerable<ScheduledPrice>> Scheduled =
        EF.CompileAsyncQuery((PricingDbContext db, Guid listId, string[] skus) =>
            db.ScheduledPrices.AsNoTracking().Where(e => e.PriceListId == listId && skus.Contains(e.Sku)));

    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }
}
