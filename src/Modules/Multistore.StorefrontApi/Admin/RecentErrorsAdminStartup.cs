using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Routing;
using Multistore.Modules;

namespace Multistore.StorefrontApi.Admin;

/// <summary>The store's recent errors in its admin, whatever touchpoint met them.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class RecentErrorsAdminStartup : ModuleStartup
{
    public const string Path = "diagnostics/errors";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<DiagnosticsPermissions>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.System, "Recent errors", Path, DiagnosticsPermissions.ViewRecentErrors) { Order = 50 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapAdminPage<RecentErrorsPage>(Path, DiagnosticsPermissions.ViewRecentErrors).WithName("AdminRecentErrors");
}
