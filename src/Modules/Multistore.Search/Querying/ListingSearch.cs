using Multistore.Catalog.Services;
using Multistore.Pricing.Services;

namespace Multistore.Search.Querying;

/// <summary>
/// What the web's search and category pages list: the store's index, or, while this node has not built the index of
/// the culture yet (a store just set up, a new node, an index being rebuilt), a page of the catalog read from the
/// database in display order. A shopper then sees the products (by text and category, without facets or price
/// filters) instead of an empty shelf that a CDN would keep.
/// </summary>
public sealed class ListingSearch(IProductSearch search, IProductCatalog catalog, IPriceService prices)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, string currency, CancellationToken cancellationToken)
    {
        var indexed = search.Search(request with { Currency = currency });
        return indexed.Indexed ? indexed : await FromDatabaseAsync(request, currency, cancellationToken);
    }

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
        return SearchResult.Empty(page, pageSize) with { Total = found.Total, Hits = hits, Indexed = false };
    }
}
