namespace Multistore.Catalog.Domain;

/// <summary>
/// One row of the change log: something about a product (or a price of one of its SKUs) changed. Search
/// indexes on every node follow the log by <see cref="Sequence"/> from checkpoints of their own.
/// </summary>
internal sealed class CatalogChange
{
    public long Sequence { get; set; }
    public CatalogChangeKind Kind { get; set; }

    /// <summary>The product id for product changes, the category id for categories, the SKU for prices.</summary>
    public string Key { get; set; } = "";

    public DateTime ChangedUtc { get; set; } = DateTime.UtcNow;
}
