using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Pricing.Domain;
using Multistore.Pricing.Events;

namespace Multistore.Pricing.Services;

/// <summary>
/// Saves prices into a currency's default list, rounded to the currency's minor unit, and publishes
/// <see cref="PriceChanged"/> for each SKU once saved.
/// </summary>
internal sealed class PriceWriter(PricingDbContext db, IEventPublisher events)
{
    public async Task SetPriceAsync(string currency, string sku, decimal amount, decimal? compareAt, CancellationToken cancellationToken)
    {
        if (Currency.Check(currency) is { } error)
        {
            throw new ArgumentException(error, nameof(currency));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var list = await DefaultListAsync(currency, cancellationToken);
        var entry = list.Entries.FirstOrDefault(e => string.Equals(e.Sku, sku, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            entry = new PriceEntry { PriceListId = list.Id, Sku = sku };
            list.Entries.Add(entry);
        }

        entry.Amount = Currency.Round(amount, currency);
        entry.CompareAtAmount = compareAt is { } was ? Currency.Round(was, currency) : null;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new PriceChanged(sku, currency, entry.Amount), cancellationToken);
    }

    public async Task ScheduleAsync(string currency, string sku, decimal amount, DateTime startsUtc, DateTime? endsUtc, CancellationToken cancellationToken)
    {
        if (endsUtc <= startsUtc)
        {
            throw new ArgumentException("A scheduled price must end after it starts.", nameof(endsUtc));
        }

        var list = await DefaultListAsync(currency, cancellationToken);
        db.ScheduledPrices.Add(new ScheduledPrice
        {
            PriceListId = list.Id, Sku = sku, Amount = Currency.Round(amount, currency), StartsUtc = startsUtc, EndsUtc = endsUtc,
        });
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new PriceChanged(sku, currency, Currency.Round(amount, currency)), cancellationToken);
    }

    private async Task<PriceList> DefaultListAsync(string currency, CancellationToken cancellationToken)
    {
        var list = await db.PriceLists.Include(l => l.Entries).FirstOrDefaultAsync(l => l.IsDefault && l.Currency == currency, cancellationToken);
        if (list is null)
        {
            list = new PriceList { Name = currency, Currency = currency, IsDefault = true };
            db.PriceLists.Add(list);
        }

        return list;
    }
}
