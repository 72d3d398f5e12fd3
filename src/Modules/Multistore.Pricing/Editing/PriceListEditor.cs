using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Pricing.Domain;
using Multistore.Pricing.Events;

namespace Multistore.Pricing.Editing;

/// <summary>
/// Reads and writes the prices of a product's SKUs in every price list, for the product editor. Amounts are
/// rounded to each list's currency; <see cref="PriceChanged"/> is published for every SKU whose price changed.
/// </summary>
internal sealed class PriceListEditor(PricingDbContext db, IEventPublisher events) : IPriceListEditor
{
    public async Task<IReadOnlyList<PriceListView>> ListsAsync(CancellationToken cancellationToken) =>
        await db.PriceLists.AsNoTracking().OrderByDescending(l => l.IsDefault).ThenBy(l => l.Currency).ThenBy(l => l.Name)
            .Select(l => new PriceListView(l.Id, l.Name, l.Currency, l.IsDefault)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ListPrice>> EntriesAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        await db.PriceEntries.AsNoTracking().Where(e => skus.Contains(e.Sku))
            .Select(e => new ListPrice(e.PriceListId, e.Sku, e.Amount, e.CompareAtAmount)).ToListAsync(cancellationToken);

    public async Task SaveAsync(IReadOnlyList<ListPriceInput> prices, IReadOnlyCollection<string> removedSkus, CancellationToken cancellationToken)
    {
        var lists = await db.PriceLists.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken);
        var skus = prices.Select(p => p.Sku).Concat(removedSkus).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var entries = await db.PriceEntries.Where(e => skus.Contains(e.Sku)).ToListAsync(cancellationToken);
        var changed = new List<PriceChanged>();
        foreach (var removed in entries.Where(e => removedSkus.Contains(e.Sku, StringComparer.OrdinalIgnoreCase)))
        {
            db.PriceEntries.Remove(removed);
            changed.Add(new PriceChanged(removed.Sku, lists[removed.PriceListId].Currency, null));
        }

        foreach (var price in prices)
        {
            var list = lists.GetValueOrDefault(price.PriceListId) ?? throw new ArgumentException($"There is no price list {price.PriceListId}.", nameof(prices));
            var entry = entries.FirstOrDefault(e => e.PriceListId == list.Id && string.Equals(e.Sku, price.Sku, StringComparison.OrdinalIgnoreCase));
            if (price.Amount is not { } amount)
            {
                if (entry is not null)
                {
                    db.PriceEntries.Remove(entry);
                    changed.Add(new PriceChanged(price.Sku, list.Currency, null));
                }

                continue;
            }

            var rounded = Currency.Round(amount, list.Currency);
            var compareAt = price.CompareAt is { } was ? Currency.Round(was, list.Currency) : (decimal?)null;
            if (entry is null)
            {
                db.PriceEntries.Add(entry = new PriceEntry { PriceListId = list.Id, Sku = price.Sku });
                entries.Add(entry);
            }
            else if (entry.Amount == rounded && entry.CompareAtAmount == compareAt)
            {
                continue;
            }

            entry.Amount = rounded;
            entry.CompareAtAmount = compareAt;
            changed.Add(new PriceChanged(price.Sku, list.Currency, rounded));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in changed)
        {
            await events.PublishAsync(change, cancellationToken);
        }
    }
}
