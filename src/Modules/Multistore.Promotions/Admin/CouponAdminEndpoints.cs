using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;

namespace Multistore.Promotions.Admin;

/// <summary>The coupon list with use counts, one coupon's form (new or existing), saving, and switching a coupon off or on.</summary>
public static class CouponAdminEndpoints
{
    public const string ListPath = "coupons";
    public const string EditPath = "coupons/edit";
    public const string ActivePath = "coupons/active";

    public static IEndpointRouteBuilder MapCouponAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<CouponsPage>(ListPath, CouponPermissions.ManageCoupons).WithName("PromotionsAdminCoupons");
        endpoints.MapAdminPage<CouponPage>(EditPath, CouponPermissions.ManageCoupons).WithName("PromotionsAdminCoupon");
        endpoints.MapAdminPost(EditPath, SaveAsync, CouponPermissions.ManageCoupons).WithName("PromotionsAdminSaveCoupon");
        endpoints.MapAdminPost(ActivePath, SetActiveAsync, CouponPermissions.ManageCoupons).WithName("PromotionsAdminCouponActive");
        return endpoints;
    }

    public static string Link(string code) => $"{EditPath}?Code={Uri.EscapeDataString(code)}";

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<CouponPage>>> SaveAsync([FromForm] CouponForm form, CouponEditing coupons, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var coupon = CouponFormValidator.Validate(form, errors, t);
        if (coupon is not null)
        {
            var isNew = string.IsNullOrWhiteSpace(form.FromCode);
            var saved = isNew ? await coupons.CreateAsync(coupon, cancellationToken) : await coupons.UpdateAsync(coupon, cancellationToken);
            if (saved)
            {
                return AdminResults.Redirect(context, ListPath, isNew ? t["Coupon {0} created.", coupon.Code] : t["Coupon {0} saved.", coupon.Code]);
            }

            errors.Add(nameof(form.Code), isNew ? t["There is a coupon {0} already: choose another code, or edit that one.", coupon.Code] : t["The coupon {0} no longer exists.", coupon.Code]);
        }

        return AdminResults.Page<CouponPage>(new { Form = form, Errors = errors });
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> SetActiveAsync([FromForm] CouponForm form, CouponEditing coupons, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var code = form.Code ?? "";
        return await coupons.SetActiveAsync(code, form.Active, cancellationToken)
            ? AdminResults.Redirect(context, ListPath, form.Active ? t["Coupon {0} works again.", code.ToUpperInvariant()] : t["Coupon {0} is disabled: shoppers can no longer use it.", code.ToUpperInvariant()])
            : TypedResults.NotFound();
    }
}
