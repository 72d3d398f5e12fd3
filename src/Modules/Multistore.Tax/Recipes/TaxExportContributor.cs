using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Multistore.Recipes;

namespace Multistore.Tax.Recipes;

/// <summary>
/// Adds the store's tax rules (one per country or region, its rates per tax class and which class taxes shipping) to every
/// export, as a <c>tax</c> step that <see cref="TaxRecipeStep"/> reads back. Whether prices include tax travels with the
/// settings (group Tax).
/// </summary>
internal sealed class TaxExportContributor(TaxDbContext db) : IRecipeExportContributor
{
    public async Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var rates = await db.Rates.AsNoTracking().ToListAsync(cancellationToken);
        if (rates.Count == 0)
        {
            return;
        }

        var rules = rates.GroupBy(r => (r.Country, r.Region))
            .OrderBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .Select(rule =>
            {
                var json = new JsonObject { ["country"] = rule.Key.Country };
                if (rule.Key.Region.Length > 0)
                {
                    json["region"] = rule.Key.Region;
                }

                json["name"] = rule.First().Name;
                json["rates"] = new JsonObject(rule.OrderBy(r => r.TaxClass, StringComparer.Ordinal).Select(r => KeyValuePair.Create(r.TaxClass, (JsonNode?)r.Rate)));
                if (rule.FirstOrDefault(r => r.AppliesToShipping) is { } shipping)
                {
                    json["shipping"] = shipping.TaxClass;
                }

                return (JsonNode)json;
            });
        context.AddStep("tax", new JsonObject { ["rules"] = new JsonArray([.. rules]) });
    }
}
