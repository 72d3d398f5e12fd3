using Microsoft.AspNetCore.OutputCaching;
using Multistore.Caching;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Drops the tenant's cached storefront pages, by tag. Settings, theme and template-override saves release the shell,
/// which takes its cache with it; a price change drops the pages that show that SKU's price; catalog and stock changes,
/// whose events do not say which pages they touch, drop every page. Shoppers see each change on the next request.
/// </summary>
public sealed class StorefrontCacheEviction(IOutputCacheStore store)
{
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(PageCacheTags.All, cancellationToken);

    /// <summary>Drops the pages that show <paramref name="sku"/>'s price (the product's page, a home page listing it).</summary>
    public ValueTask EvictSkuAsync(string sku, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(PageCacheTags.Sku(sku), cancellationToken);
}
