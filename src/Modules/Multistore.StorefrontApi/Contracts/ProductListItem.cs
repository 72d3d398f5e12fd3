using Multistore.Commerce;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>A product in a list, priced in the request's currency. Money is <c>{ amount, currency }</c>.</summary>
public sealed record ProductListItem(Guid Id, string Sku, string Name, string Slug, Money? Price, IReadOnlyList<ProductVariant> Variants);
