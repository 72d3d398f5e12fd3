namespace Multistore.Catalog.Events;

/// <summary>Rows up to <paramref name="Sequence"/> were added to the change log (published after the save).</summary>
public sealed record CatalogChanged(long Sequence)
{
    /// <summary>
    /// When every change of the batch was a price change, the SKUs whose prices changed (a page cache evicts just
    /// the pages showing them); null when anything else changed too.
    /// </summary>
    public IReadOnlyList<string>? OnlyPricesOf { get; init; }
}
