using Multistore.Commerce;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>
/// A sellable SKU of a product, what a cart line names. <see cref="Name"/> is its option values labelled in the
/// request's culture (M / Rot); a product without options is one variant, its own SKU, with no options.
/// <see cref="Available"/>: it has a price in the list's currency and is not out of stock.
/// </summary>
public sealed record ProductVariant(
    string Sku,
    string Name,
    IReadOnlyList<VariantOptionValue> Options,
    Money? Price,
    Money? CompareAt,
    bool Available,
    VariantStock Stock);
