using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Pricing.Domain;
using Multistore.Pricing.Events;
using Multistore.Recipes;

namespace Multistore.Pricing.Recipes;

/// <summary>
/// <c>{ "name": "pricelists", "lists": [ { "name": "SEK", "currency": "SEK", "default": true,
/// "prices": [ { "sku": "TEE-1", "amount": 299, "compareAt": 349 } ],
/// "scheduled": [ { "sku": "TEE-1", "amount": 249, "from": "2026-12-01T00:00:00Z", "to": "2026-12-27T00:00:00Z" } ] } ] }</c>.
/// Amounts are rounded to the currency's minor unit (JPY to whole yen). An export adds
/// <c>"convert": { "from": "SEK", "to": "${Currency}", "rate": "${ExchangeRate}" }</c> (<see cref="PriceListConversion"/>).
/// </summary>
internal sealed class PriceListsRecipeStep(PricingDbContext db, IEventPublisher events) : IRecipeStep
{
    public string Name => "pricelists";

    public void Validate(RecipeStepContext context)
    {
        PriceListsValidation.Validate(context);
        PriceListConversion.Validate(context);
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var changed = new List<PriceChanged>();
        var conversion = PriceListConversion.Read(context);
        foreach (var (_, item) in context.ReadArray(context.Step, "lists"))
        {
            var name = context.ReadString(item, "name")!;
            var currency = context.ReadString(item, "currency")!.ToUpperInvariant();
            Func<decimal, decimal> amount = value => Currency.Round(value, currency);
            if (conversion is not null && conversion.Applies(currency))
            {
                (name, currency, amount) = (conversion.Rename(name), conversion.To, conversion.Convert);
            }

            var list = await db.PriceLists.Include(l => l.Entries).Include(l => l.Scheduled)
                .SingleOrDefaultAsync(l => l.Name == name && l.Currency == currency, cancellationToken);
            if (list is null)
            {
                list = new PriceList { Name = name, Currency = currency };
                db.PriceLists.Add(list);
            }

            list.IsDefault = item.TryGetProperty("default", out var isDefault) ? isDefault.GetBoolean() : list.IsDefault;
            if (list.IsDefault)
            {
                await foreach (var other in db.PriceLists.Where(l => l.Currency == currency && l.Id != list.Id && l.IsDefault).AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    other.IsDefault = false;
                }
            }

            foreach (var (_, price) in context.ReadArray(item, "prices"))
            {
                var sku = context.ReadString(price, "sku")!;
                var entry = list.Entries.FirstOrDefault(e => e.Sku == sku);
                if (entry is null)
                {
                    entry = new PriceEntry { PriceListId = list.Id, Sku = sku };
                    list.Entries.Add(entry);
                }

                entry.Amount = amount(context.ReadDecimal(price, "amount")!.Value);
                entry.CompareAtAmount = context.ReadDecimal(price, "compareAt") is { } was ? amount(was) : null;
                changed.Add(new PriceChanged(sku, currency, entry.Amount));
            }

            foreach (var (_, sale) in context.ReadArray(item, "scheduled"))
            {
                var scheduled = PriceListsValidation.ReadScheduled(context, sale, amount);
                scheduled.PriceListId = list.Id;
                list.Scheduled.Add(scheduled);
                changed.Add(new PriceChanged(scheduled.Sku, currency, scheduled.Amount));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in changed)
        {
            await events.PublishAsync(change, cancellationToken);
        }
    }
}
