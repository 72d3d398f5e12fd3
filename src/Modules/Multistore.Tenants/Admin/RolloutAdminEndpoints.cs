using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>Feature rollout in the host admin: one feature on or off across all stores or a list of them, each result shown.</summary>
public static class RolloutAdminEndpoints
{
    public const string Path = "tenants/rollout";

    public static IEndpointRouteBuilder MapRolloutAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<RolloutPage>(Path, TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPost(Path, RunAsync, TenantsAdminPermissions.ManageTenants);
        return endpoints;
    }

    private static async Task<RazorComponentResult<RolloutPage>> RunAsync([FromForm] string feature, [FromForm] string mode, [FromForm] string? tenants, IFeatureRollouts rollout, CancellationToken ct)
    {
        var names = (tenants ?? "").Split(['\n', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            var results = await rollout.RunAsync(feature, mode != "disable", names.Length == 0 ? null : names, null, ct);
            return AdminResults.Page<RolloutPage>(new { Feature = feature, Results = results }, StatusCodes.Status200OK);
        }
        catch (TenantValidationException exception)
        {
            return AdminResults.Page<RolloutPage>(new { Feature = feature, Error = exception.Message, Tenants = tenants }, StatusCodes.Status400BadRequest);
        }
    }
}
