using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Tax.Domain;
using Multistore.Tax.Settings;

namespace Multistore.Tax.Recipes;

/// <summary>
/// <c>{ "name": "tax", "pricesIncludeTax": true, "rules": [ { "country": "SE", "name": "Moms", "rates": { "standard": 25, "reduced": 12 }, "shipping": "standard" },
/// { "country": "US", "region": "NY", "name": "NY sales tax", "rates": { "standard": 8.875 }, "shipping": "standard" } ] }</c>.
/// A rule replaces every rate its country (and region) had.
/// </summary>
internal sealed class TaxRecipeStep(TaxDbContext db, ISiteSettingsStore settings) : IRecipeStep
{
    public string Name => "tax";

    public void Validate(RecipeStepContext context)
    {
        if (context.Step.TryGetProperty("pricesIncludeTax", out var included) && included.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.AddError("pricesIncludeTax", "must be true or false.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, rule) in context.ReadArray(context.Step, "rules", required: true))
        {
            TaxRuleValidation.Validate(context, rule, $"rules[{index}]", seen);
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (_, rule) in context.ReadArray(context.Step, "rules"))
        {
            var rates = TaxRuleValidation.Read(context, rule);
            var (country, region) = (rates[0].Country, rates[0].Region);
            db.Rates.RemoveRange(await db.Rates.Where(r => r.Country == country && r.Region == region).ToListAsync(cancellationToken));
            db.Rates.AddRange(rates);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (context.Step.TryGetProperty("pricesIncludeTax", out var included))
        {
            var values = JsonSerializer.SerializeToElement(new TaxSettings { PricesIncludeTax = included.GetBoolean() });
            await settings.MergeAsync(TaxSettings.GroupName, values, cancellationToken);
        }
    }
}
