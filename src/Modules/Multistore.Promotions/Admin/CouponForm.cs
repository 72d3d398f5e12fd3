using System.Globalization;
using Multistore.Admin.Routing;
using Multistore.Promotions.Domain;

namespace Multistore.Promotions.Admin;

/// <summary>
/// The coupon form as typed. <see cref="FromCode"/> is empty for a new coupon; a saved coupon keeps its code.
/// Dates are whole days in UTC: the coupon works from the start of <see cref="Starts"/> to the end of <see cref="Ends"/>.
/// </summary>
public sealed class CouponForm
{
    public const string DateFormat = "yyyy-MM-dd";

    public string? FromCode { get; set; }
    public string? Code { get; set; }
    public string? Kind { get; set; } = nameof(CouponKind.Percentage);
    public string? Value { get; set; }
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public string? MinimumOrder { get; set; }
    public string? UsageLimit { get; set; }
    public string? PerCustomerLimit { get; set; }
    public bool Active { get; set; }

    internal static CouponForm From(Coupon coupon) => new()
    {
        FromCode = coupon.Code,
        Code = coupon.Code,
        Kind = coupon.Kind.ToString(),
        Value = coupon.Value.ToString("0.####", CultureInfo.InvariantCulture),
        Starts = coupon.StartsUtc?.ToString(DateFormat, CultureInfo.InvariantCulture),
        Ends = coupon.EndsUtc is { } ends ? (ends.TimeOfDay == TimeSpan.Zero ? ends.AddDays(-1) : ends).ToString(DateFormat, CultureInfo.InvariantCulture) : null,
        MinimumOrder = FormNumber.Show(coupon.MinimumOrder),
        UsageLimit = FormNumber.Show(coupon.UsageLimit),
        PerCustomerLimit = FormNumber.Show(coupon.PerCustomerLimit),
        Active = coupon.IsActive,
    };
}
