using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Modules;

namespace Multistore.Tenants.Admin;

/// <summary>The host admin's Tenants pages, when the Admin feature runs on the Default tenant.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class TenantsAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<TenantsAdminPermissions>();
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "Stores", TenantAdminEndpoints.Path, TenantsAdminPermissions.ManageTenants) { Order = 0 });
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "New store", $"{TenantAdminEndpoints.Path}/new", TenantsAdminPermissions.ManageTenants) { Order = 1 });
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "Brand templates", TemplateAdminEndpoints.Path, TenantsAdminPermissions.ManageTenants) { Order = 2 });
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "Feature rollout", RolloutAdminEndpoints.Path, TenantsAdminPermissions.ManageTenants) { Order = 2 });
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "Drift", DriftAdminEndpoints.Path, TenantsAdminPermissions.ManageTenants) { Order = 2 });
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "Usage", UsageAdminEndpoints.Path, TenantsAdminPermissions.ManageTenants) { Order = 2 });
        services.AddAdminMenuItem(new AdminMenuItem("Tenants", "API keys", ApiKeyAdminEndpoints.Path, TenantsAdminPermissions.ManageApiKeys) { Order = 3 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTenantAdminEndpoints();
        endpoints.MapRolloutAdminEndpoints();
        endpoints.MapDriftAdminEndpoints();
        endpoints.MapTemplateAdminEndpoints();
        endpoints.MapApiKeyAdminEndpoints();
        endpoints.MapUsageAdminEndpoints();
    }
}
