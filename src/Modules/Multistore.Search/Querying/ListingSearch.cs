using Multistore.Catalog.Services;
using Multistore.Pricing.Services;

namespace Multistore.Search.Querying;

/// <summary>
/// What the search and category pages and the Storefront API's search list: the store's index, or, while this node has
/// not built the index of the culture yet (a store just set up, a new node), a page of the catalog read from the
/// database in display order. A shopper then sees the products (by text and category, without facets) instead of an
/// empty shelf that a CDN would keep. What the database cannot answer (attribute or price filters, a sort other than
/// relevance) stays unanswered (<see cref="SearchResult.Answered"/> false) until the index is there.
/// </summary>
public sealed class ListingSearch(IProductSearch search, IProductCatalog catalog, IPriceService prices)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, string currency, CancellationToken cancellationToken)
    {
        var indexed = search.Search(request with { Currency = currency });
        return indexed.Indexed || !DatabaseCanAnswer(request) ? indexed : await FromDatabaseAsync(request, currency, cancellationToken);
    }

    private static bool DatabaseCanAnswer(SearchRequest request) =>
        request.Attributes.Count == 0 && request.MinPrice is null && request.MaxPrice is null && request.Sort == SearchSort.Relevance;

    private async Task<SearchResult> FromDatabaseAsync(SearchRequest request, string currency, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, SearchPaging.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, SearchPaging.MaxDepth / pageSize);
        var found = await catalog.PageActiveAsync(new CatalogPageQuery(request.Culture, request.Text, (page - 1) * pageSize, pageSize) { Category = request.Category }, cancellationToken);
        var priced = await prices.GetPricesAsync([.. found.Items.SelectMany(p => p.SellableSkus.Append(p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase)], currency, cancellationToken);
        var hits = found.Items.Select(p =>
        {
            var lowest = FromPrice.Of(priced, p.Sku, p.SellableSkus);
            return new SearchHit(p.Id, p.Sku, p.Name, p.Slug, $"/products/{p.Slug}", lowest?.Price, lowest?.CompareAt);
        }).ToList();
        return SearchResult.Empty(page, pageSize) with { Total = found.Total, Hits = hits, Indexed = false, FromDatabase = true };
    }
}
