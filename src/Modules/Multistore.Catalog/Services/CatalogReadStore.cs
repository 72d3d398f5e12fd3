using Microsoft.Extensions.Caching.Memory;

namespace Multistore.Catalog.Services;

/// <summary>
/// One tenant's cached catalog reads, valid for one head of the catalog change log. When the head moves the whole
/// generation is dropped: catalog writes are rare next to page views, and a product's page depends on its
/// categories, translations and variants at once, so finer invalidation would buy little and risk stale pages.
/// </summary>
public sealed class CatalogReadStore : IDisposable
{
    /// <summary>Entries kept per generation; a large catalog keeps its most viewed pages, not all of them.</summary>
    private const int Capacity = 5_000;

    private readonly Lock _lock = new();
    private Generation _current = new(-1);

    /// <summary>The entries for change-log head <paramref name="head"/>, starting a new generation when it moved.</summary>
    public MemoryCache For(long head)
    {
        var current = _current;
        if (current.Head == head)
        {
            return current.Entries;
        }

        lock (_lock)
        {
            // The previous generation is left to the collector, not disposed: a request may still be reading it.
            if (_current.Head != head)
            {
                _current = new Generation(head);
            }

            return _current.Entries;
        }
    }

    public void Dispose() => _current.Entries.Dispose();

    private sealed class Generation(long head)
    {
        public long Head { get; } = head;

        public MemoryCache Entries { get; } = new(new MemoryCacheOptions { SizeLimit = Capacity });
    }
}
