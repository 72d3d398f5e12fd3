namespace Multistore.StorefrontApi.Contracts;

/// <summary>One page of products, how many match in all, and the currency the page is priced in.</summary>
public sealed record ProductPage(IReadOnlyList<ProductListItem> Items, int Total, int Page, int PageSize, string Currency);
