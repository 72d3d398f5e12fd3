using Microsoft.AspNetCore.OutputCaching;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Drops the tenant's cached storefront pages. Settings, theme and template-override saves release the shell,
/// which takes its cache with it; catalog, price and stock changes call this (or publish an event a
/// subscriber turns into this call) so shoppers see them on the next request.
/// </summary>
public sealed class StorefrontCacheEviction(IOutputCacheStore store)
{
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(StorefrontCachePolicy.Tag, cancellationToken);
}
