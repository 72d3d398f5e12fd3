using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;
using Multistore.Promotions.Domain;

namespace Multistore.Promotions.Admin;

/// <summary>Checks a posted coupon field by field and turns it into a coupon's terms.</summary>
internal static partial class CouponFormValidator
{
    public static Coupon? Validate(CouponForm form, FormErrors errors, IStringLocalizer t)
    {
        var code = Coupon.Normalize(string.IsNullOrWhiteSpace(form.FromCode) ? form.Code ?? "" : form.FromCode);
        if (!CodePattern().IsMatch(code))
        {
            errors.Add(nameof(form.Code), t["Enter a code of 3 to 64 letters, digits, dashes or underscores, e.g. SUMMER25."]);
        }

        if (!Enum.TryParse<CouponKind>(form.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(form.Kind), t["Choose whether the coupon takes a percentage or a fixed amount off."]);
        }

        if (!FormNumber.TryParse(form.Value, out var value) || value is null or <= 0 || (kind == CouponKind.Percentage && value > 100))
        {
            errors.Add(nameof(form.Value), kind == CouponKind.Percentage
                ? t["Enter the percentage off, more than 0 and at most 100, e.g. 10."]
                : t["Enter the amount off, more than 0, e.g. 5 or 12.50."]);
        }

        var starts = Date(form.Starts, nameof(form.Starts), errors, t);
        var ends = Date(form.Ends, nameof(form.Ends), errors, t)?.AddDays(1);
        if (starts is not null && ends is not null && ends <= starts)
        {
            errors.Add(nameof(form.Ends), t["The last day must be on or after the first day."]);
        }

        if (!FormNumber.TryParse(form.MinimumOrder, out var minimum) || minimum < 0)
        {
            errors.Add(nameof(form.MinimumOrder), t["Enter the smallest order the coupon works for, 0 or more, or leave it empty."]);
        }

        var limit = Limit(form.UsageLimit, nameof(form.UsageLimit), t["Enter how often the coupon may be used in all as a whole number of 1 or more, or leave it empty for no limit."], errors);
        var perCustomer = Limit(form.PerCustomerLimit, nameof(form.PerCustomerLimit), t["Enter how often one customer may use it as a whole number of 1 or more, or leave it empty for no limit."], errors);
        return !errors.IsValid ? null : new Coupon
        {
            Code = code, Kind = kind, Value = value!.Value, StartsUtc = starts, EndsUtc = ends, MinimumOrder = minimum is 0 ? null : minimum,
            UsageLimit = limit, PerCustomerLimit = perCustomer, IsActive = form.Active,
        };
    }

    private static DateTime? Date(string? text, string field, FormErrors errors, IStringLocalizer t)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), CouponForm.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        errors.Add(field, t["Enter the day as {0}, e.g. 2026-12-31, or leave it empty.", CouponForm.DateFormat]);
        return null;
    }

    private static int? Limit(string? text, string field, string error, FormErrors errors)
    {
        if (!FormNumber.TryParseWhole(text, out var limit) || limit is 0)
        {
            errors.Add(field, error);
        }

        return limit;
    }

    [GeneratedRegex("^[A-Z0-9_-]{3,64}$")]
    private static partial Regex CodePattern();
}
