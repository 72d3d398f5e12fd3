namespace Multistore.Commerce;

/// <summary>
/// Stock as every touchpoint shows it (web, API, feeds): one batched read for a page of SKUs. The Inventory module
/// implements it; a store without that feature tracks no stock and has no implementation.
/// </summary>
public interface IStockLevels
{
    /// <summary>The stock of each tracked SKU among <paramref name="skus"/> (case-insensitive keys); an untracked SKU is absent.</summary>
    Task<IReadOnlyDictionary<string, SkuStock>> GetStockAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);

    /// <summary>
    /// The tracked SKUs at or below their low-stock threshold (out of stock first, then the fewest left), at most
    /// <paramref name="take"/>, and how many there are in all.
    /// </summary>
    Task<(IReadOnlyList<LowStock> Items, int Total)> ListLowAsync(int take, CancellationToken cancellationToken);
}
