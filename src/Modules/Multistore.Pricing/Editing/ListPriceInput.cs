namespace Multistore.Pricing.Editing;

/// <summary>
/// An editor's price for one SKU in one price list; a null <see cref="Amount"/> removes the SKU from the list.
/// </summary>
public sealed record ListPriceInput(Guid PriceListId, string Sku, decimal? Amount, decimal? CompareAt);
