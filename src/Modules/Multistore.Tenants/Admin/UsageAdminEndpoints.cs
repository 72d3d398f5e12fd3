using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;

namespace Multistore.Tenants.Admin;

/// <summary>The host admin's usage page: stores ranked by their share of this node, with their last hour and day.</summary>
public static class UsageAdminEndpoints
{
    public const string Path = "tenants/usage";

    public static IEndpointRouteBuilder MapUsageAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<UsagePage>(Path, TenantsAdminPermissions.ManageTenants);
        return endpoints;
    }
}
