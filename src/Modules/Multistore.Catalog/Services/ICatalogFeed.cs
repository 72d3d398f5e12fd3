namespace Multistore.Catalog.Services;

/// <summary>
/// What a search indexer reads from the catalog: its change log to follow from a checkpoint, and products by id in
/// index shape. Published so an indexer never opens the Catalog module's tables.
/// </summary>
public interface ICatalogFeed
{
    /// <summary>Up to <paramref name="take"/> changes after <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<CatalogFeedChange>> ReadChangesAsync(long afterSequence, int take, CancellationToken cancellationToken);

    /// <summary>The sequence of the newest change, 0 when there is none: where a full rebuild leaves its checkpoint.</summary>
    Task<long> LatestSequenceAsync(CancellationToken cancellationToken);

    Task<int> CountProductsAsync(CancellationToken cancellationToken);

    /// <summary>A page of product ids in SKU order, for a full rebuild.</summary>
    Task<IReadOnlyList<Guid>> ProductIdsAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>The products a batch of changes touches: changed products, owners of repriced SKUs, products filed under changed categories.</summary>
    Task<IReadOnlyCollection<Guid>> AffectedProductsAsync(IReadOnlyList<CatalogFeedChange> changes, CancellationToken cancellationToken);

    Task<IReadOnlyList<IndexableProduct>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
