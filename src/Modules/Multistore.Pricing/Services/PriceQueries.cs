using Microsoft.EntityFrameworkCore;
using Multistore.Data;
using Multistore.Pricing.Domain;

namespace Multistore.Pricing.Services;

/// <summary>
/// The price lookups every uncached page and every cart makes, compiled once: EF Core then skips parameter
/// extraction, the query-cache key and its lookup on each call. Kept per database provider (see
/// <see cref="CompiledQueryByProvider{TQuery}"/>).
/// </summary>
internal static class PriceQueries
{
    private static readonly CompiledQueryByProvider<Func<PricingDbContext, string, CancellationToken, Task<PriceList?>>> DefaultListQuery =
        new(() => EF.CompileAsyncQuery((PricingDbContext db, string currency, CancellationToken _) =>
            db.PriceLists.AsNoTracking().FirstOrDefault(l => l.IsDefault && l.Currency == currency)));

    private static readonly CompiledQueryByProvider<Func<PricingDbContext, Guid, string[], IAsyncEnumerable<PriceEntry>>> EntriesQuery =
        new(() => EF.CompileAsyncQuery((PricingDbContext db, Guid listId, string[] skus) =>
            db.PriceEntries.AsNoTracking().Where(e => e.PriceListId == listId && skus.Contains(e.Sku))));

    private static readonly CompiledQueryByProvider<Func<PricingDbContext, Guid, string[], IAsyncEnumerable<ScheduledPrice>>> ScheduledQuery =
        new(() => EF.CompileAsyncQuery((PricingDbContext db, Guid listId, string[] skus) =>
            db.ScheduledPrices.AsNoTracking().Where(e => e.PriceListId == listId && skus.Contains(e.Sku))));

    public static Task<PriceList?> DefaultList(PricingDbContext db, string currency, CancellationToken cancellationToken) =>
        DefaultListQuery.For(db)(db, currency, cancellationToken);

    public static IAsyncEnumerable<PriceEntry> Entries(PricingDbContext db, Guid listId, string[] skus) =>
        EntriesQuery.For(db)(db, listId, skus);

    public static IAsyncEnumerable<ScheduledPrice> Scheduled(PricingDbContext db, Guid listId, string[] skus) =>
        ScheduledQuery.For(db)(db, listId, skus);

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
