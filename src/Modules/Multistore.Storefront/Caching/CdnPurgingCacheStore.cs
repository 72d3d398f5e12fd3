using Microsoft.AspNetCore.OutputCaching;

namespace Multistore.Storefront.Caching;

/// <summary>
/// The shell's page cache store, passing every eviction on to the CDN as a purge of the same tag (as this store's
/// surrogate key). Every eviction goes through here, whoever evicts (a price, catalog or stock change, a scheduled
/// price's moment), so the CDN never keeps a page this node has dropped.
/// </summary>
public sealed class CdnPurgingCacheStore(IOutputCacheStore pages, CdnPurge cdn, string tenant) : IOutputCacheStore, IDisposable
{
    /// <summary>The pages go with the shell: the container disposes this wrapper, not the store it was made from.</summary>
    public void Dispose() => (pages as IDisposable)?.Dispose();

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await pages.EvictByTagAsync(tag, cancellationToken);
        await cdn.PurgeAsync(SurrogateKeys.For(tenant, tag), cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => pages.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        pages.SetAsync(key, value, tags, validFor, cancellationToken);
}
