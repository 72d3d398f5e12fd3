namespace Multistore.StorefrontApi.Contracts;

/// <summary>One page of products and how many match in all.</summary>
public sealed record ProductPage(IReadOnlyList<ProductListItem> Items, int Total, int Page, int PageSize);
