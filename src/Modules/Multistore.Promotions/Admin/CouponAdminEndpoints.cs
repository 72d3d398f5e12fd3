using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
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

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<CouponPage>>> SaveAsync([FromForm] CouponForm form, CouponEditing coupons, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var coupon = CouponFormValidator.Validate(form, errors);
        if (coupon is not null)
        {
            var isNew = string.IsNullOrWhiteSpace(form.FromCode);
            var saved = isNew ? await coupons.CreateAsync(coupon, cancellationToken) : await coupons.UpdateAsync(coupon, cancellationToken);
            if (saved)
            {
                return AdminResults.Redirect(context, ListPath, $"Coupon {coupon.Code} {(isNew ? "created" : "saved")}.");
            }

            errors.Add(nameof(form.Code), isNew ? $"There is a coupon {coupon.Code} already: choose another code, or edit that one." : $"The coupon {coupon.Code} no longer exists.");
        }

        return AdminResults.Page<CouponPage>(new { Form = form, Errors = errors });
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> SetActiveAsync([FromForm] CouponForm form, CouponEditing coupons, HttpContext context, CancellationToken cancellationToken)
    {
        var code = form.Code ?? "";
        return await coupons.SetActiveAsync(code, form.Active, cancellationToken)
            ? AdminResults.Redirect(context, ListPath, form.Active ? $"Coupon {code.ToUpperInvariant()} works again." : $"Coupon {code.ToUpperInvariant()} is disabled: shoppers can no longer use it.")
            : TypedResults.NotFound();
    }
}
