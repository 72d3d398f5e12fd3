using Microsoft.Extensions.DependencyInjection;
using Multistore.BrandTemplates;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// The host-management contracts (Multistore.Tenancy.Management) over the engine's services, in the host's services
/// and so in every shell's: the Tenants module manages tenants through these, never through the engine's classes.
/// </summary>
internal static class HostManagementServices
{
    public static IServiceCollection AddHostManagement(this IServiceCollection services)
    {
        services.AddSingleton<ITenantCatalog>(sp => sp.GetRequiredService<TenantRegistry>());
        services.AddSingleton<ITenantCreation>(sp => sp.GetRequiredService<TenantCreationService>());
        services.AddSingleton<ITenantEditing>(sp => sp.GetRequiredService<TenantEditService>());
        services.AddSingleton<ITenantStates>(sp => sp.GetRequiredService<TenantStateService>());
        services.AddSingleton<ITenantMoves>(sp => sp.GetRequiredService<TenantMoveService>());
        services.AddSingleton<ITenantExport>(sp => sp.GetRequiredService<TenantExporter>());
        services.AddSingleton<ITenantSetupLinks>(sp => sp.GetRequiredService<TenantSetupLinks>());
        services.AddSingleton<ITenantShells, TenantShells>();
        services.AddSingleton<IRecipeCatalog>(sp => sp.GetRequiredService<RecipeCatalog>());
        services.AddSingleton<IFeatureProfiles, FeatureProfiles>();
        services.AddSingleton<IFeatureRollouts>(sp => sp.GetRequiredService<FeatureRollout>());
        services.AddSingleton<IBrandTemplates, BrandTemplateCatalog>();
        services.AddSingleton<IStoreConfigurationSources, StoreConfigurationReader>();
        services.AddSingleton<ITenantRegions, RegionCatalog>();
        services.AddSingleton<StoreDriftReader>();
        services.AddSingleton<IStoreDrift, StoreDriftRepair>();
        return services;
    }
}
