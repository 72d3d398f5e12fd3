using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;

namespace Multistore.Shipping.Admin;

/// <summary>One rate's form within its zone: flat price, free above an order value, or weight tiers; saving and deleting it.</summary>
public static class ShippingRateEndpoints
{
    public const string RatePath = "shipping/rate";

    public static IEndpointRouteBuilder MapShippingRateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<ShippingRatePage>(RatePath, ShippingPermissions.ManageShipping).WithName("ShippingAdminRate");
        endpoints.MapAdminPost(RatePath, SaveAsync, ShippingPermissions.ManageShipping).WithName("ShippingAdminSaveRate");
        endpoints.MapAdminPost($"{RatePath}/delete", DeleteAsync, ShippingPermissions.ManageShipping).WithName("ShippingAdminDeleteRate");
        return endpoints;
    }

    public static string Link(Guid zoneId, Guid? id = null) => id is null ? $"{RatePath}?ZoneId={zoneId}" : $"{RatePath}?ZoneId={zoneId}&Id={id}";

    private static async Task<Results<NotFound, RazorComponentResult<ShippingRatePage>, RedirectHttpResult>> SaveAsync(HttpContext context, ShippingZoneEditing zones, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = ShippingRateForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        if (await zones.FindAsync(form.ZoneId, cancellationToken) is not { } zone)
        {
            return TypedResults.NotFound();
        }

        var errors = new FormErrors();
        var others = zone.Rates.Where(r => r.Id != form.Id).Select(r => r.Code).ToList();
        var rate = ShippingRateFormValidator.Validate(form, others, errors, t);
        if (rate is null)
        {
            return AdminResults.Page<ShippingRatePage>(new { Form = form, Errors = errors });
        }

        return await zones.SaveRateAsync(rate, isNew: form.Id is null, cancellationToken)
            ? AdminResults.Redirect(context, ShippingZoneEndpoints.Link(zone.Id), t["Rate {0} saved.", rate.Name])
            : TypedResults.NotFound();
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> DeleteAsync(HttpContext context, ShippingZoneEditing zones, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = ShippingRateForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        return form.Id is { } id && await zones.DeleteRateAsync(form.ZoneId, id, cancellationToken)
            ? AdminResults.Redirect(context, ShippingZoneEndpoints.Link(form.ZoneId), t["Rate deleted."])
            : TypedResults.NotFound();
    }
}
