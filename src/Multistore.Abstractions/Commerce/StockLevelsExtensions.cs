namespace Multistore.Commerce;

/// <summary>
/// Reading stock where the store may not track it: a module takes <c>IEnumerable&lt;IStockLevels&gt;</c> (empty without
/// the Inventory feature) and asks through this, so no module needs its own "untracked" stand-in.
/// </summary>
public static class StockLevelsExtensions
{
    private static readonly IReadOnlyDictionary<string, SkuStock> None = new Dictionary<string, SkuStock>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The stock of each tracked SKU among <paramref name="skus"/>; empty when the store tracks no stock.</summary>
    public static Task<IReadOnlyDictionary<string, SkuStock>> GetStockAsync(this IEnumerable<IStockLevels> levels, IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        levels.FirstOrDefault() is { } tracked ? tracked.GetStockAsync(skus, cancellationToken) : Task.FromResult(None);

    /// <summary>What can be sold now of each tracked SKU among <paramref name="skus"/>; empty when the store tracks no stock.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> GetAvailableAsync(this IEnumerable<IStockLevels> levels, IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Available(await levels.GetStockAsync(skus, cancellationToken));

    /// <summary>What can be sold now of each tracked SKU among <paramref name="skus"/> (absent: not tracked).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> GetAvailableAsync(this IStockLevels levels, IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Available(await levels.GetStockAsync(skus, cancellationToken));

    private static Dictionary<string, int> Available(IReadOnlyDictionary<string, SkuStock> stock) =>
        stock.ToDictionary(s => s.Key, s => s.Value.Available, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a SKU can be sold now: it is not tracked, some of it is available, or it is sold on backorder.</summary>
    public static bool CanSell(this IReadOnlyDictionary<string, SkuStock> stock, string sku) =>
        !stock.TryGetValue(sku, out var tracked) || tracked.Status != StockStatus.OutOfStock;
}
