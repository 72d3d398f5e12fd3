using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Multistore.Recipes;

namespace Multistore.Promotions.Recipes;

/// <summary>
/// Adds the coupons to an export with content, as a <c>promotions</c> step that <see cref="PromotionsRecipeStep"/> reads
/// back: code, kind, value, dates, minimum order, limits and whether it is active. Use counts and redemptions stay behind,
/// so a clone's coupons start unused.
/// </summary>
internal sealed class PromotionsExportContributor(PromotionsDbContext db) : IRecipeExportContributor
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
