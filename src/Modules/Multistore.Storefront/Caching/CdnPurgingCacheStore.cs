using Microsoft.AspNetCore.OutputCaching;
using Multistore.Caching;
using Multistore.Farm;

namespace Multistore.Storefront.Caching;

/// <summary>
/// The shell's page cache store, passing every eviction on: to the farm's other nodes, which drop the same pages from
/// their own memory (<see cref="PageEvictionFromOtherNodes"/>), and to the CDN as a purge of the same tag (as this
/// store's surrogate key). Every eviction goes through here, whoever evicts (a price, catalog or stock change, a
/// scheduled price's moment), so neither another node nor the CDN keeps a page this node has dropped.
/// </summary>
public sealed class CdnPurgingCacheStore(LocalPageCache pages, IStoreChangeBroadcast farm, CdnPurge cdn, string tenant) : IOutputCacheStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await pages.Store.EvictByTagAsync(tag, cancellationToken);
        await farm.PublishAsync(PageEvictionFromOtherNodes.Kind, tag, cancellationToken);
        await cdn.PurgeAsync(SurrogateKeys.For(tenant, tag), cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => pages.Store.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        pages.Store.SetAsync(key, value, tags, validFor, cancellationToken);
}

/// <summary>This node's own pages of the store (the store <c>AddOutputCache</c> registered); disposed with the shell.</summary>
public sealed class LocalPageCache(IOutputCacheStore store) : IDisposable
{
    public IOutputCacheStore Store { get; } = store;

    public void Dispose() => (Store as IDisposable)?.Dispose();
}

/// <summary>Drops from this node's memory the pages another node evicted (it already purged the CDN).</summary>
public sealed class PageEvictionFromOtherNodes(LocalPageCache pages) : IStoreChangeHandler
{
    public const string Kind = "page-cache.evict";

    string IStoreChangeHandler.Kind => Kind;

    public ValueTask ApplyAsync(string data, CancellationToken cancellationToken) => pages.Store.EvictByTagAsync(data, cancellationToken);
}

/// <summary>
/// A settings or features change (a theme, a template, a translation, a payment method) can change every page of the
/// store, so the CDN drops all of them: the purge of the tag every storefront page carries.
/// </summary>
public sealed class CdnPurgeOnRebuild(CdnPurge cdn, string tenant) : IStoreRebuildHandler
{
    public ValueTask StoreRebuildingAsync(CancellationToken cancellationToken) =>
        cdn.PurgeAsync(SurrogateKeys.For(tenant, PageCacheTags.All), cancellationToken);
}
