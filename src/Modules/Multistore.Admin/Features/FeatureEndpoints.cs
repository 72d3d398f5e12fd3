using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Pages;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Modules;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.Admin.Features;

/// <summary>The Features page and its enable/disable posts, through the engine's <see cref="ITenantFeatures"/>.</summary>
public static class FeatureEndpoints
{
    public const string Path = "features";

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<FeaturesPage>(Path, AdminPermissions.ManageFeatures).WithName("AdminFeatures");
        endpoints.MapAdminPost($"{Path}/{{id}}/enable", EnableAsync, AdminPermissions.ManageFeatures).WithName("AdminEnableFeature");
        endpoints.MapAdminPost($"{Path}/{{id}}/disable", DisableAsync, AdminPermissions.ManageFeatures).WithName("AdminDisableFeature");
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<FeaturesPage>>> EnableAsync(string id, HttpContext context, ITenantFeatures features, TenantSettings tenant, IFeatureCatalog catalog, CancellationToken cancellationToken)
    {
        try
        {
            var added = await features.EnableAsync(tenant.Name, [id], cancellationToken);
            var names = added.Select(a => catalog.Find(a)?.Name ?? a);
            var t = context.AdminText();
            return AdminResults.Redirect(context, Path, added.Count == 0 ? t["{0} was already enabled.", id] : t["Enabled {0}.", string.Join(", ", names)]);
        }
        catch (TenantValidationException exception)
        {
            return Refused(exception);
        }
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<FeaturesPage>>> DisableAsync(string id, HttpContext context, ITenantFeatures features, TenantSettings tenant, CancellationToken cancellationToken)
    {
        if (string.Equals(id, AdminFeature.Id, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(TenantValidationException.For("features", "The Admin feature cannot be disabled from the admin: nobody could switch it back on."));
        }

        try
        {
            await features.DisableAsync(tenant.Name, id, cancellationToken);
            return AdminResults.Redirect(context, Path, context.AdminText()["Disabled {0}.", id]);
        }
        catch (TenantValidationException exception)
        {
            return Refused(exception);
        }
    }

    private static RazorComponentResult<FeaturesPage> Refused(TenantValidationException exception) =>
        AdminResults.Page<FeaturesPage>(new { Error = exception.Message }, StatusCodes.Status409Conflict);
}
