namespace Multistore.StorefrontApi.Contracts;

/// <summary>Products recommended beside one product, best first, in the product list's item shape, each with its reason.</summary>
public sealed record ProductRecommendationList(IReadOnlyList<ProductListItem> Items, string Currency);
