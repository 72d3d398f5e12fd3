using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Multistore.Localization;

internal static class LocalizationServiceCollectionExtensions
{
    /// <summary>Per-tenant UI strings: the PO layers and an <see cref="IStringLocalizerFactory"/> over them.</summary>
    public static IServiceCollection AddShellLocalization(this IServiceCollection services)
    {
        services.AddSingleton<TenantTranslations>();
        services.AddSingleton<MissingStrings>();
        services.AddSingleton<IMissingStrings>(sp => sp.GetRequiredService<MissingStrings>());
        services.AddSingleton<TenantTranslationOverrides>();
        services.AddSingleton<ITranslationOverrides>(sp => sp.GetRequiredService<TenantTranslationOverrides>());
        services.AddSingleton<IStringLocalizerFactory, TenantStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => new TenantStringLocalizer(sp.GetRequiredService<TenantTranslations>()));
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        return Multistore.Recipes.RecipeServiceCollectionExtensions.AddRecipeStep<TranslationsRecipeStep>(services);
    }
}
