namespace Multistore.Hosting;

/// <summary>
/// What only a module knows about a store's use of the node, told to the engine for the host's usage page and
/// <c>/metrics</c>: a cacheable page answered from the page cache or rendered, an order placed. Each shell has its own,
/// bound to its store, so a module never names the store or reaches into the engine's counters.
/// </summary>
public interface IStoreActivity
{
    /// <summary>A GET or HEAD of a page declared cacheable was answered: from the page cache, or by rendering the page.</summary>
    void CacheablePageServed(bool fromCache);

    /// <summary>An order was placed (once per order, never for a retried checkout that answers the same order).</summary>
    void OrderPlaced();
}
