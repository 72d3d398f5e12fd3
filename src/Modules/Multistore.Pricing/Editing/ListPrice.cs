namespace Multistore.Pricing.Editing;

/// <summary>A stored price of one SKU in one list; <see cref="CompareAtAmount"/> is the struck-through "was" price.</summary>
public sealed record ListPrice(Guid PriceListId, string Sku, decimal Amount, decimal? CompareAtAmount);
