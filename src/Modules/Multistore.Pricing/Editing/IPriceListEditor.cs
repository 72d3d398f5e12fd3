namespace Multistore.Pricing.Editing;

/// <summary>
/// What the product editor (Catalog) may read and write of prices: the store's price lists and the prices of a
/// product's SKUs in them. It is Pricing's published contract for editing, so no other module touches Pricing's
/// tables or entities.
/// </summary>
public interface IPriceListEditor
{
    /// <summary>Every price list, default lists first, then by currency and name.</summary>
    Task<IReadOnlyList<PriceListView>> ListsAsync(CancellationToken cancellationToken);

    /// <summary>The prices of <paramref name="skus"/> in every list.</summary>
    Task<IReadOnlyList<ListPrice>> EntriesAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);

    /// <summary>Sets the given prices and removes every price of <paramref name="removedSkus"/>, in one save.</summary>
    Task SaveAsync(IReadOnlyList<ListPriceInput> prices, IReadOnlyCollection<string> removedSkus, CancellationToken cancellationToken);
}
