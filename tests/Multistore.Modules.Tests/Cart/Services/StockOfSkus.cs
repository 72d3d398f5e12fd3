using Multistore.Commerce;

namespace Multistore.Modules.Tests.Cart.Services;

/// <summary>Sellable quantities of tracked SKUs; a SKU not set is not tracked. The cart only reads them.</summary>
public sealed class StockOfSkus : IStockLevels
{
    private readonly Dictionary<string, int> _available = new(StringComparer.OrdinalIgnoreCase);

    public int this[string sku]
    {
        set => _available[sku] = value;
    }

    public Task<IReadOnlyDictionary<string, SkuStock>> GetStockAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, SkuStock>>(skus.Where(_available.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s, s => new SkuStock(_available[s], 0), StringComparer.OrdinalIgnoreCase));

    public Task<(IReadOnlyList<LowStock> Items, int Total)> ListLowAsync(int take, CancellationToken cancellationToken)
    {
        var low = _available.Where(s => s.Value <= 0).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new LowStock(s.Key, new SkuStock(s.Value, 0))).ToList();
        return Task.FromResult<(IReadOnlyList<LowStock>, int)>(([.. low.Take(take)], low.Count));
    }
}
