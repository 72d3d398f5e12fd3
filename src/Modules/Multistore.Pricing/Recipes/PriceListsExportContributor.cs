using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Pricing.Recipes;

/// <summary>
/// Adds every price list (currency, default flag, prices and scheduled prices) to a tenant export with content,
/// as one <c>pricelists</c> step that <see cref="PriceListsRecipeStep"/> reads back. The step converts the lists in the
/// store's currency when the clone is created in another (<see cref="PriceListConversion"/>), at the rate given as parameter
/// <see cref="CloneParameters.ExchangeRate"/>.
/// </summary>
internal sealed class PriceListsExportContributor(PricingDbContext db, IOptions<SiteSettings> site) : IRecipeExportContributor
{
    public async Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeContent)
        {
            return;
        }

        var lists = await db.PriceLists.AsNoTracking().Include(l => l.Entries).Include(l => l.Scheduled).AsSplitQuery()
            .OrderBy(l => l.Currency).ThenBy(l => l.Name).ToListAsync(cancellationToken);
        if (lists.Count == 0)
        {
            return;
        }

        var currency = site.Value.Currency;
        context.AddStep("pricelists", new JsonObject
        {
            ["convert"] = RecipeCurrencyConversion.Describe(context, currency),
            ["lists"] = new JsonArray([.. lists.Select(list => (JsonNode)new JsonObject
            {
                ["name"] = list.Name,
                ["currency"] = list.Currency,
                ["default"] = list.IsDefault,
                ["prices"] = new JsonArray([.. list.Entries.OrderBy(e => e.Sku, StringComparer.Ordinal).Select(e => (JsonNode)Price(e.Sku, e.Amount, e.CompareAtAmount))]),
                ["scheduled"] = new JsonArray([.. list.Scheduled.OrderBy(s => s.StartsUtc).ThenBy(s => s.Sku, StringComparer.Ordinal).Select(s =>
                {
                    var sale = Price(s.Sku, s.Amount, s.CompareAtAmount);
                    sale["from"] = s.StartsUtc.ToString("O", CultureInfo.InvariantCulture);
                    if (s.EndsUtc is { } ends)
                    {
                        sale["to"] = ends.ToString("O", CultureInfo.InvariantCulture);
                    }

                    return (JsonNode)sale;
                })]),
            })]),
        });
    }

    private static JsonObject Price(string sku, decimal amount, decimal? compareAt)
    {
        var price = new JsonObject { ["sku"] = sku, ["amount"] = amount };
        if (compareAt is { } was)
        {
            price["compareAt"] = was;
        }

        return price;
    }
}
