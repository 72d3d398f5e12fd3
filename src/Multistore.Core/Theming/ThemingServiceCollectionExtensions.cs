using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Multistore.Theming;

internal static class ThemingServiceCollectionExtensions
{
    /// <summary>Host-wide theming services: the theme folders, module default templates and the parse cache.</summary>
    public static IServiceCollection AddMultistoreTheming(this IServiceCollection services)
    {
        services.TryAddSingleton(new LiquidLimits());
        services.AddSingleton<ThemeCatalog>();
        services.AddSingleton<IThemeCatalog>(sp => sp.GetRequiredService<ThemeCatalog>());
        services.AddSingleton<ModuleTemplates>();
        services.AddSingleton<IModuleTemplates>(sp => sp.GetRequiredService<ModuleTemplates>());
        services.AddSingleton<LiquidTemplateCache>();
        services.AddSingleton<Multistore.Localization.PoCatalog>();
        return services;
    }

    /// <summary>Per-tenant theming services, added to every shell.</summary>
    public static IServiceCollection AddShellTheming(this IServiceCollection services)
    {
        services.AddSingleton<TenantTemplateOverrides>();
        services.AddSingleton<ITemplateOverrideSource>(sp => sp.GetRequiredService<TenantTemplateOverrides>());
        services.AddSingleton<ITemplateOverrides>(sp => sp.GetRequiredService<TenantTemplateOverrides>());
        services.AddSingleton<ThemeTemplates>();
        services.AddSingleton<IThemeTemplates>(sp => sp.GetRequiredService<ThemeTemplates>());
        services.AddSingleton<ThemeSettings>();
        services.AddSingleton<IThemeSettings>(sp => sp.GetRequiredService<ThemeSettings>());
        services.AddSingleton<SiteViewSource>();
        services.AddSingleton<LiquidOptions>();
        services.AddSingleton<TemplateRenderErrors>();
        services.AddSingleton<ITemplateRenderErrors>(sp => sp.GetRequiredService<TemplateRenderErrors>());
        services.AddScoped<LiquidPageRenderer>();
        services.AddScoped<FluidViewRenderer>();
        services.AddScoped<IThemeViewRenderer>(sp => sp.GetRequiredService<FluidViewRenderer>());
        services.AddScoped<ITemplateRenderCheck>(sp => sp.GetRequiredService<FluidViewRenderer>());
        Multistore.Localization.LocalizationServiceCollectionExtensions.AddShellLocalization(services);
        services.AddRecipeStepThemes();
        return services;
    }

    private static IServiceCollection AddRecipeStepThemes(this IServiceCollection services) =>
        Multistore.Recipes.RecipeServiceCollectionExtensions.AddRecipeStep<TemplatesRecipeStep>(
            Multistore.Recipes.RecipeServiceCollectionExtensions.AddRecipeStep<ThemesRecipeStep>(services));
}
