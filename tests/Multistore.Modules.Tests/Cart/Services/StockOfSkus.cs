using Multistore.Inventory.Domain;
using Multistore.Inventory.Services;

namespace Multistore.Modules.Tests.Cart.Services;

/// <summary>Sellable quantities of tracked SKUs; a SKU not set is not tracked. The cart only reads them.</summary>
public sealed class StockOfSkus : IStockService
{
    private readonly Dictionary<string, int> _available = new(StringComparer.OrdinalIgnoreCase);

    public int this[string sku]
    {
        set => _available[sku] = value;
    }

    public Task<IReadOnlyDictionary<string, int>> GetAvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(skus.Where(_available.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s, s => _available[s], StringComparer.OrdinalIgnoreCase));

    public Task AdjustAsync(string sku, string location, int change, StockMovementReason reason, string? reference, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<LowStockItem>> ListLowStockAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<StockMovement>> ListMovementsAsync(string sku, int take, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("Pricing a cart only reads what is available.");
}
