using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.BrandTemplates;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Tenancy;
using Multistore.Theming;

namespace Multistore.Shells;

/// <summary>Builds a tenant's container: host services, the engine's per-tenant services, then each enabled feature's startups.</summary>
internal sealed class ShellServices(HostServices hostServices, IServiceProvider root, IDataProtectionProvider dataProtection)
{
    public ServiceProvider Build(TenantSettings tenant, TenantConnection connection, TemplateChain templates, IReadOnlyList<FeatureInfo> features,
        IReadOnlyList<ModuleStartup> startups)
    {
        var services = new ServiceCollection();
        foreach (var descriptor in hostServices.DescriptorsFor(root))
        {
            ((ICollection<ServiceDescriptor>)services).Add(descriptor);
        }

        services.AddRouting();
        // Binding failures throw in every environment, so each becomes a problem document naming the field (never an empty 400 or a 500).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<Multistore.Requests.BadRequestExceptionHandler>();
        services.AddSingleton(tenant);
        services.AddSingleton(templates);
        var shellFeatures = new ShellFeatures(features);
        services.AddSingleton(shellFeatures);
        services.AddSingleton<IShellFeatures>(shellFeatures);
        // A factory, not an instance: the shell's container then disposes it, closing the tenant's pooled connections.
        services.AddSingleton<ITenantDatabase>(_ => new TenantDatabase(connection));

        // Each tenant encrypts with a purpose of its own: a cookie or token of one store means nothing to another.
        services.AddSingleton<IDataProtectionProvider>(dataProtection.CreateProtector($"Multistore.Tenant.{tenant.Name}"));

        services.AddModuleDbContext<ShellDbContext>(ShellDbContext.HistoryName);
        services.AddSingleton<SiteSettingsStore>();
        services.AddSingleton<ISiteSettingsStore>(sp => sp.GetRequiredService<SiteSettingsStore>());
        services.AddSingleton<Multistore.Farm.IStoreChangeBroadcast, Multistore.Hosting.StoreChangeBroadcast>();
        Multistore.Farm.FarmRateLimitServices.AddFarmRateLimits(services);
        services.AddTenantSettings<SiteSettings>(SiteSettings.GroupName);
        services.AddRecipeStep<FeaturesRecipeStep>();
        services.AddRecipeStep<SettingsRecipeStep>();
        services.AddShellTheming();
        services.AddScoped<Multistore.Events.IEventPublisher, Multistore.Events.EventPublisher>();
        services.AddSingleton<Multistore.Hosting.IStoreActivity>(sp => new Multistore.Hosting.Usage.StoreActivity(
            sp.GetRequiredService<Multistore.Hosting.Usage.StoreUsageRecorder>(), tenant.Name));
        services.AddShellBackgroundTasks();

        foreach (var startup in startups)
        {
            startup.ConfigureServices(services);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false, ValidateOnBuild = false });
    }
}
