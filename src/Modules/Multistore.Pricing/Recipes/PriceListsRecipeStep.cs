using Microsoft.EntityFrameworkCore;
using Multistore.Pricing.Domain;
using Multistore.Recipes;
using Multistore.Commerce;

namespace Multistore.Pricing.Recipes;

/// <summary>
/// <c>{ "name": "pricelists", "lists": [ { "name": "SEK", "currency": "SEK", "default": true,
/// "prices": [ { "sku": "TEE-1", "amount": 299, "compareAt": 349 } ] } ] }</c>
/// </summary>
public sealed class PriceListsRecipeStep(PricingDbContext db) : IRecipeStep
{
    public string Name => "pricelists";

    public void Validate(RecipeStepContext context)
    {
        foreach (var (index, list) in context.ReadArray(context.Step, "lists", required: true))
        {
            var path = $"lists[{index}]";
            context.ReadString(list, "name", required: true, path: path);
            if (context.ReadString(list, "currency", required: true, path: path) is { } currency && Currency.Check(currency) is { } error)
            {
                context.AddError($"{path}.currency", error);
            }

            foreach (var (priceIndex, price) in context.ReadArray(list, "prices", path: path))
            {
                var at = $"{path}.prices[{priceIndex}]";
                context.ReadString(price, "sku", required: true, path: at);
                if (context.ReadDecimal(price, "amount", required: true, path: at) is < 0)
                {
                    context.AddError($"{at}.amount", "must not be negative.");
                }

                context.ReadDecimal(price, "compareAt", path: at);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (_, item) in context.ReadArray(context.Step, "lists"))
        {
            var name = context.ReadString(item, "name")!;
            var currency = context.ReadString(item, "currency")!;
            var list = await db.PriceLists.Include(l => l.Entries).SingleOrDefaultAsync(l => l.Name == name && l.Currency == currency, cancellationToken);
            if (list is null)
            {
                list = new PriceList { Name = name, Currency = currency };
                db.PriceLists.Add(list);
            }

            list.IsDefault = item.TryGetProperty("default", out var isDefault) ? isDefault.GetBoolean() : list.IsDefault;
            foreach (var (_, price) in context.ReadArray(item, "prices"))
            {
                var sku = context.ReadString(price, "sku")!;
                var entry = list.Entries.FirstOrDefault(e => e.Sku == sku);
                if (entry is null)
                {
                    entry = new PriceEntry { PriceListId = list.Id, Sku = sku };
                    list.Entries.Add(entry);
                }

                entry.Amount = context.ReadDecimal(price, "amount")!.Value;
                entry.CompareAtAmount = context.ReadDecimal(price, "compareAt");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
