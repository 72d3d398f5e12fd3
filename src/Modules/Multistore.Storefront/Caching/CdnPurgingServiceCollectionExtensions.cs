using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Farm;
using Multistore.Tenancy;

namespace Multistore.Storefront.Caching;

/// <summary>Wraps the shell's page cache store (registered by <c>AddOutputCache</c>) so that its evictions reach the farm's other nodes and the CDN.</summary>
public static class CdnPurgingServiceCollectionExtensions
{
    public static IServiceCollection AddCdnPurging(this IServiceCollection services)
    {
        services.AddOptions<CdnOptions>().BindConfiguration(CdnOptions.Section);
        services.AddSingleton<CdnPurge>();
        var pages = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException("AddCdnPurging wraps the page cache store: call AddOutputCache first.");
        services.Remove(pages);
        services.AddSingleton(provider => new LocalPageCache(Create(pages, provider)));
        services.AddSingleton<IOutputCacheStore>(provider => new CdnPurgingCacheStore(
            provider.GetRequiredService<LocalPageCache>(), provider.GetRequiredService<IStoreChangeBroadcast>(),
            provider.GetRequiredService<CdnPurge>(), provider.GetRequiredService<TenantSettings>().Name));
        services.AddSingleton<IStoreChangeHandler, PageEvictionFromOtherNodes>();
        services.AddSingleton<IStoreRebuildHandler>(provider => new CdnPurgeOnRebuild(
            provider.GetRequiredService<CdnPurge>(), provider.GetRequiredService<TenantSettings>().Name));
        return services;
    }

    private static IOutputCacheStore Create(ServiceDescriptor pages, IServiceProvider provider) => (IOutputCacheStore)(
        pages.ImplementationInstance
        ?? pages.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, pages.ImplementationType!));
}
