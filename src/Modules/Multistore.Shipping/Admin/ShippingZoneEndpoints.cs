using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;

namespace Multistore.Shipping.Admin;

/// <summary>The zone list, one zone's form (name and areas, with its rates listed), saving and deleting a zone.</summary>
public static class ShippingZoneEndpoints
{
    public const string ListPath = "shipping";
    public const string ZonePath = "shipping/zone";

    public static IEndpointRouteBuilder MapShippingZoneEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<ShippingZonesPage>(ListPath, ShippingPermissions.ManageShipping).WithName("ShippingAdminZones");
        endpoints.MapAdminPage<ShippingZonePage>(ZonePath, ShippingPermissions.ManageShipping).WithName("ShippingAdminZone");
        endpoints.MapAdminPost(ZonePath, SaveAsync, ShippingPermissions.ManageShipping).WithName("ShippingAdminSaveZone");
        endpoints.MapAdminPost($"{ZonePath}/delete", DeleteAsync, ShippingPermissions.ManageShipping).WithName("ShippingAdminDeleteZone");
        return endpoints;
    }

    public static string Link(Guid id) => $"{ZonePath}?Id={id}";

    private static async Task<Results<RazorComponentResult<ShippingZonePage>, NotFound, RedirectHttpResult>> SaveAsync([FromForm] ShippingZoneForm form, ShippingZoneEditing zones, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var name = form.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors.Add(nameof(form.Name), t["Enter the zone's name (Germany, EU, Alaska and Hawaii), at most 100 characters."]);
        }
        else if (await zones.NameTakenAsync(name, form.ZoneId, cancellationToken))
        {
            errors.Add(nameof(form.Name), t["Another zone is called '{0}': recipes find zones by name, so give this one another.", name]);
        }

        var areas = ShippingAreaText.Parse(form.Areas, nameof(form.Areas), errors, t);
        if (!errors.IsValid)
        {
            return AdminResults.Page<ShippingZonePage>(new { Form = form, Errors = errors });
        }

        var id = await zones.SaveZoneAsync(form.ZoneId, name, areas, cancellationToken);
        return id is null
            ? TypedResults.NotFound()
            : AdminResults.Redirect(context, Link(id.Value), form.ZoneId is null ? t["Zone {0} created: add its rates below.", name] : t["Zone {0} saved.", name]);
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> DeleteAsync([FromForm] ShippingZoneForm form, ShippingZoneEditing zones, IStringLocalizer<AdminText> t, HttpContext context, CancellationToken cancellationToken) =>
        form.ZoneId is { } id && await zones.DeleteZoneAsync(id, cancellationToken)
            ? AdminResults.Redirect(context, ListPath, t["Zone deleted with its rates."])
            : TypedResults.NotFound();
}
