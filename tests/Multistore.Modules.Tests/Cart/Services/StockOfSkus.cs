using Multistore.Inventory.Services;

namespace Multistore.Modules.Tests.Cart.Services;

/// <summary>Sellable quantities of tracked SKUs; a SKU not set is not tracked. The cart only reads them.</summary>
public sealed class StockOfSkus : IStockAvailability
{
    private readonly Dictionary<string, int> _available = new(StringComparer.OrdinalIgnoreCase);

    public int this[string sku]
    {
        set => _available[sku] = value;
    }

    public Task<IReadOnlyDictionary<string, int>> GetAvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(skus.Where(_available.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s, s => _available[s], StringComparer.OrdinalIgnoreCase));
}
