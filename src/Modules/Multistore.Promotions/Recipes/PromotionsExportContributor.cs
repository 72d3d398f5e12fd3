using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Promotions.Recipes;

/// <summary>
/// Adds the coupons to an export with content, as a <c>promotions</c> step that <see cref="PromotionsRecipeStep"/> reads
/// back: code, kind, value, dates, minimum order, limits and whether it is active. Use counts and redemptions stay behind,
/// so a clone's coupons start unused. Fixed amounts and minimum orders are in the store's currency: a clone in another
/// converts them at the export's exchange rate (<see cref="RecipeCurrencyConversion"/>).
/// </summary>
internal sealed class PromotionsExportContributor(PromotionsDbContext db, IOptions<SiteSettings> site) : IRecipeExportContributor
{
    public async Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeContent)
        {
            return;
        }

        var coupons = await db.Coupons.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        if (coupons.Count == 0)
        {
            return;
        }

        context.AddStep("promotions", new JsonObject
        {
            [RecipeCurrencyConversion.Field] = RecipeCurrencyConversion.Describe(context, site.Value.Currency),
            ["coupons"] = new JsonArray([.. coupons.Select(c =>
            {
                var coupon = new JsonObject { ["code"] = c.Code, ["kind"] = c.Kind.ToString(), ["value"] = c.Value };
                Add(coupon, "startsUtc", c.StartsUtc?.ToString("O", CultureInfo.InvariantCulture));
                Add(coupon, "endsUtc", c.EndsUtc?.ToString("O", CultureInfo.InvariantCulture));
                Add(coupon, "minimumOrder", c.MinimumOrder);
                Add(coupon, "usageLimit", c.UsageLimit);
                Add(coupon, "perCustomerLimit", c.PerCustomerLimit);
                coupon["active"] = c.IsActive;
                return (JsonNode)coupon;
            })]),
        });
    }

    private static void Add<T>(JsonObject coupon, string field, T? value)
    {
        if (value is not null)
        {
            coupon[field] = JsonValue.Create(value);
        }
    }
}
