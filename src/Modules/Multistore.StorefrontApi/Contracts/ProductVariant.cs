using Multistore.Commerce;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>A sellable SKU of a product: what a cart line names.</summary>
public sealed record ProductVariant(string Sku, Money? Price, bool Available);
