using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Settings;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping.Admin;

/// <summary>The pickup page: when shoppers may collect their order, and at which of the store's locations.</summary>
public static class PickupEndpoints
{
    public const string Path = "shipping/pickup";

    public static IEndpointRouteBuilder MapPickupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<PickupPage>(Path, ShippingPermissions.ManageShipping).WithName("ShippingAdminPickup");
        endpoints.MapAdminPost(Path, SaveAsync, ShippingPermissions.ManageShipping).WithName("ShippingAdminSavePickup");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<PickupPage>, RedirectHttpResult>> SaveAsync(HttpContext context, ISiteSettingsStore store, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = PickupForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        var errors = new FormErrors();
        if (PickupFormValidator.Validate(form, errors, t) is not { } settings)
        {
            return AdminResults.Page<PickupPage>(new { Form = form, Errors = errors });
        }

        await store.SaveAsync(PickupSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
        return AdminResults.Redirect(context, Path, t["Pickup settings saved."]);
    }
}
