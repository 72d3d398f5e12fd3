using Multistore.Catalog.Domain;

namespace Multistore.Catalog.Services;

/// <summary>
/// An entry of the catalog's change log as an indexer follows it: <see cref="Sequence"/> is its checkpoint. What
/// changed stays the Catalog module's business; the indexer hands the batch back to
/// <see cref="ICatalogFeed.AffectedProductsAsync"/> to learn which products to index again.
/// </summary>
public sealed record CatalogFeedChange(long Sequence)
{
    internal CatalogChangeKind Kind { get; init; }

    internal string Key { get; init; } = "";
}
