namespace Multistore.Inventory.Services;

/// <summary>
/// What other modules may ask of the stock: how many of each SKU can be sold now. Published instead of
/// <see cref="IStockService"/>, whose adjustments and movement history speak the Inventory module's own entities.
/// </summary>
public interface IStockAvailability
{
    /// <summary>Sellable quantity per SKU over all locations; a SKU without stock records is absent (not tracked).</summary>
    Task<IReadOnlyDictionary<string, int>> GetAvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);
}
