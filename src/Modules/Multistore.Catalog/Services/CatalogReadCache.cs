using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Multistore.Data;

namespace Multistore.Catalog.Services;

/// <summary>
/// Catalog reads that every storefront page repeats (a product's detail, the category tree), served from
/// <see cref="CatalogReadStore"/> while the catalog change log has not moved. Every catalog write appends to that
/// log in its own transaction, so one indexed query for the log's head per request tells this node — and every
/// other node — whether what it holds is current. What a loader returns is shared by requests: keep it immutable.
/// </summary>
internal sealed class CatalogReadCache(CatalogDbContext db, CatalogReadStore store)
{
    // Compiled once per provider: this runs on every uncached page, and EF Core then skips parameter extraction and its query-cache lookup.
    private static readonly CompiledQueryByProvider<Func<CatalogDbContext, CancellationToken, Task<long?>>> Head =
        new(() => EF.CompileAsyncQuery((CatalogDbContext catalog, CancellationToken _) => catalog.Changes.Max(c => (long?)c.Sequence)));

    private MemoryCache? _entries;

    public async Task<T?> GetOrLoadAsync<T>(string key, Func<Task<T?>> load, CancellationToken cancellationToken) where T : class
    {
        var entries = _entries ??= store.For(await Head.For(db)(db, cancellationToken) ?? 0);
        if (entries.TryGetValue(key, out T? cached))
        {
            return cached;
        }

        var loaded = await load();
        if (loaded is not null)
        {
            entries.Set(key, loaded, new MemoryCacheEntryOptions { Size = 1 });
        }

        return loaded;
    }
}
