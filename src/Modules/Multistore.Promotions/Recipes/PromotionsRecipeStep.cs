using Microsoft.EntityFrameworkCore;
using Multistore.Promotions.Domain;
using Multistore.Recipes;

namespace Multistore.Promotions.Recipes;

/// <summary>
/// <c>{ "name": "promotions", "coupons": [ { "code": "WELCOME10", "kind": "Percentage", "value": 10,
/// "startsUtc": "2026-01-01", "endsUtc": "2027-01-01", "minimumOrder": 50, "usageLimit": 1000, "perCustomerLimit": 1 } ] }</c>.
/// A coupon whose code exists is updated; its use counts are kept. An export adds <c>"convert"</c> (<see cref="RecipeCurrencyConversion"/>):
/// a clone in another currency has fixed amounts and minimum orders converted, percentages kept.
/// </summary>
internal sealed class PromotionsRecipeStep(PromotionsDbContext db) : IRecipeStep
{
    public string Name => "promotions";

    public void Validate(RecipeStepContext context)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, item) in context.ReadArray(context.Step, "coupons", required: true))
        {
            var path = $"coupons[{index}]";
            if (context.ReadString(item, "code", required: true, path: path) is { } code && !codes.Add(code.Trim()))
            {
                context.AddError($"{path}.code", $"Coupon '{code}' appears twice.");
            }

            var kind = context.ReadString(item, "kind", required: true, path: path);
            if (kind is not null && !Enum.TryParse<CouponKind>(kind, ignoreCase: true, out _))
            {
                context.AddError($"{path}.kind", $"'{kind}' is not a coupon kind (Percentage, Fixed).");
            }

            var value = context.ReadDecimal(item, "value", required: true, path: path);
            if (value is <= 0 || (value > 100 && string.Equals(kind, nameof(CouponKind.Percentage), StringComparison.OrdinalIgnoreCase)))
            {
                context.AddError($"{path}.value", "must be more than 0 (and at most 100 for a percentage).");
            }

            var starts = ReadDate(context, item, "startsUtc", path);
            var ends = ReadDate(context, item, "endsUtc", path);
            if (starts is not null && ends is not null && ends <= starts)
            {
                context.AddError($"{path}.endsUtc", "must be after startsUtc.");
            }

            foreach (var field in new[] { "minimumOrder", "usageLimit", "perCustomerLimit" })
            {
                if (context.ReadDecimal(item, field, path: path) is < 0)
                {
                    context.AddError($"{path}.{field}", "must not be negative.");
                }
            }
        }

        RecipeCurrencyConversion.Validate(context, "fixed coupon amounts and minimum orders");
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var conversion = RecipeCurrencyConversion.Read(context);
        foreach (var (_, item) in context.ReadArray(context.Step, "coupons"))
        {
            var code = Coupon.Normalize(context.ReadString(item, "code")!);
            var coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
            if (coupon is null)
            {
                coupon = new Coupon { Code = code };
                db.Coupons.Add(coupon);
            }

            coupon.Kind = Enum.Parse<CouponKind>(context.ReadString(item, "kind")!, ignoreCase: true);
            coupon.Value = context.ReadDecimal(item, "value")!.Value;
            coupon.StartsUtc = ReadDate(context, item, "startsUtc", "");
            coupon.EndsUtc = ReadDate(context, item, "endsUtc", "");
            coupon.MinimumOrder = context.ReadDecimal(item, "minimumOrder");
            if (conversion is not null)
            {
                // A percentage stays a percentage; amounts move to the clone's currency.
                coupon.Value = coupon.Kind == CouponKind.Fixed ? conversion.Convert(coupon.Value) : coupon.Value;
                coupon.MinimumOrder = conversion.Convert(coupon.MinimumOrder);
            }

            coupon.UsageLimit = (int?)context.ReadDecimal(item, "usageLimit");
            coupon.PerCustomerLimit = (int?)context.ReadDecimal(item, "perCustomerLimit");
            coupon.IsActive = !item.TryGetProperty("active", out var active) || active.GetBoolean();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTime? ReadDate(RecipeStepContext context, System.Text.Json.JsonElement item, string field, string path)
    {
        var text = context.ReadString(item, field, path: path);
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        context.AddError($"{path}.{field}", $"'{text}' is not a date (use 2026-12-31 or 2026-12-31T23:59:00Z).");
        return null;
    }
}
