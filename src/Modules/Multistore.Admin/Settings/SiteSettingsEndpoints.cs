using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Pages;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Settings;

namespace Multistore.Admin.Settings;

/// <summary>The Site settings group: name, cultures, currency and time zone of the store.</summary>
public static class SiteSettingsEndpoints
{
    public const string Path = "settings/site";

    public static IEndpointRouteBuilder MapSiteSettingsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<SiteSettingsPage>(Path, AdminPermissions.ManageSettings).WithName("AdminSiteSettings");
        endpoints.MapAdminPost(Path, SaveAsync, AdminPermissions.ManageSettings).WithName("AdminSaveSiteSettings");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<SiteSettingsPage>, RedirectHttpResult>> SaveAsync([FromForm] SiteSettingsForm form, ISiteSettingsStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var (values, errors) = SiteSettingsFormValidator.Validate(form, context.RequestServices);
        if (!errors.IsValid)
        {
            return AdminResults.Page<SiteSettingsPage>(new { Form = form, Errors = errors });
        }

        // The store keeps only what differs from its brand templates, so untouched fields keep following them.
        await store.MergeAsync(SiteSettings.GroupName, values, cancellationToken);
        return AdminResults.Redirect(context, Path, "Site settings saved.");
    }
}
