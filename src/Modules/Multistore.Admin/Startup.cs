using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Multistore.Admin.Features;
using Multistore.Admin.Localization;
using Multistore.Admin.Navigation;
using Multistore.Admin.Pages;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Admin.Security;
using Multistore.Admin.Settings;
using Multistore.Modules;

namespace Multistore.Admin;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddAuthorization();
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, PermissionAuthorizationHandler>());
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<AdminMenu>();
        services.AddScoped<AdminLinks>();
        services.AddScoped<AdminScriptNonce>();
        services.AddScoped<AdminFormat>();
        services.AddSingleton<IConfigureOptions<AntiforgeryOptions>, AdminAntiforgeryOptions>();
        services.AddPermissions<AdminPermissions>();

        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Home, "Dashboard", "", AdminPermissions.AccessAdmin));
        services.AddAdminSettingsGroup("Site", SiteSettingsEndpoints.Path, AdminPermissions.ManageSettings, order: -100);
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.System, "Features", FeatureEndpoints.Path, AdminPermissions.ManageFeatures));
    }

    public override void Configure(IShellPipelineBuilder pipeline)
    {
        pipeline.Use(PipelineStage.Culture, app => app.UseMiddleware<AdminCultureMiddleware>());
        pipeline.Use(PipelineStage.Authorization, app => app.UseAdminSecurityHeaders().UseAntiforgery());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminAssets();
        endpoints.MapAdminPage<DashboardPage>("", AdminPermissions.AccessAdmin).WithName("AdminDashboard");
        endpoints.MapSiteSettingsEndpoints();
        endpoints.MapFeatureEndpoints();
        endpoints.MapAdminCultureEndpoints();
    }
}
