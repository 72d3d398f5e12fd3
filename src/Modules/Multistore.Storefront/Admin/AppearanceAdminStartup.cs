using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Modules;

namespace Multistore.Storefront.Admin;

/// <summary>The storefront's admin pages (theme and its settings, template overrides, translations), when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class AppearanceAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<TemplateList>();
        services.AddAdminSettingsGroup("Theme", ThemeAdminEndpoints.Path, AdminPermissions.ManageSettings, order: 10);
        services.AddAdminSettingsGroup("Templates", TemplateAdminEndpoints.Path, AdminPermissions.ManageSettings, order: 11);
        services.AddAdminSettingsGroup("Translations", TranslationAdminEndpoints.Path, AdminPermissions.ManageSettings, order: 12);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapThemeAdminEndpoints();
        endpoints.MapTemplateAdminEndpoints();
        endpoints.MapTranslationAdminEndpoints();
    }
}
