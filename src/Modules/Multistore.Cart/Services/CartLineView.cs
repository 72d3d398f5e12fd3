using Multistore.Commerce;

namespace Multistore.Cart.Services;

/// <summary><see cref="Available"/> is null when the SKU's stock is not tracked.</summary>
public sealed record CartLineView(string Sku, string Name, string Slug, int Quantity, Money UnitPrice, Money LineTotal, int? Available, decimal WeightKg, string TaxClass);
