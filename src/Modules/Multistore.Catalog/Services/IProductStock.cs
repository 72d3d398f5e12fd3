namespace Multistore.Catalog.Services;

/// <summary>
/// Sellable quantities for the SKUs a product page shows; a SKU absent from the answer is not tracked (it can always be
/// ordered). The page reads stock through this so that it works on a store without the Inventory feature.
/// </summary>
public interface IProductStock
{
    Task<IReadOnlyDictionary<string, int>> AvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);
}
