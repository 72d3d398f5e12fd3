using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Setup;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Endpoints;

namespace Multistore.Tenants.Admin;

/// <summary>
/// The drift report in the host admin: the stores whose configuration differs from their brand template or recipe, each
/// store's differences with their source, and "bring back" per value or for the whole store.
/// </summary>
public static class DriftAdminEndpoints
{
    public const string Path = "tenants/drift";

    public static IEndpointRouteBuilder MapDriftAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<DriftReportPage>(Path, TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPage<DriftPage>($"{Path}/{{name}}", TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPost($"{Path}/{{name}}/bring-back", BringBackAsync, TenantsAdminPermissions.ManageTenants);
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<DriftPage>>> BringBackAsync(string name, [FromForm] string? against, [FromForm] string? key,
        HttpContext context, IStoreDrift drift, ITenantCatalog registry)
    {
        try
        {
            var baseline = Baseline.Parse(against, name, registry);
            var after = await drift.BringBackAsync(name, baseline, string.IsNullOrEmpty(key) ? null : [key], context.RequestAborted);
            var notice = (string.IsNullOrEmpty(key) ? "Brought back every difference." : $"Brought back {key}.")
                + (after.Drifted ? $" {after.Items.Count} still differ." : $" '{name}' is as its {baseline.ToString().ToLowerInvariant()} has it.");
            return AdminResults.Redirect(context, $"{Path}/{name}?against={baseline.ToString().ToLowerInvariant()}", notice);
        }
        catch (TenantValidationException exception)
        {
            return AdminResults.Page<DriftPage>(new { Name = name, Against = against, Error = string.Join(" ", exception.Errors.SelectMany(e => e.Value)) });
        }
    }
}
