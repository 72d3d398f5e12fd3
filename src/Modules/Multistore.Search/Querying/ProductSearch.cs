using System.Globalization;
using Lucene.Net.Search;
using Multistore.Commerce;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

public sealed class ProductSearch(TenantSearchIndex indexes, SearchIndexer indexer) : IProductSearch
{
    private const int MaxPageSize = 100;
    private const int MaxDepth = 10_000;

    public SearchResult Search(SearchRequest request)
    {
        indexer.EnsureStarted();
        return Run(indexes.For(request.Culture), request, request.Currency ?? indexes.Currency);
    }

    /// <summary>
    /// The search itself, on one culture's index; prices are filtered, counted, sorted and shown in
    /// <paramref name="currency"/> (products without a price in it have none and sort last).
    /// </summary>
    public static SearchResult Run(CultureIndex index, SearchRequest request, string currency)
    {
        currency = currency.Trim().ToUpperInvariant();
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var query = SearchQueryBuilder.Build(request, index.Analyzer, currency);
        var depth = Math.Min(page * pageSize, MaxDepth);
        return index.Search(searcher =>
        {
            var top = TopCollector(request.Sort, depth, currency);
            var facets = new FacetCounter(currency);
            searcher.Search(query, MultiCollector.Wrap(top, facets));
            facets.Flush();
            var docs = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs;
            var hits = docs.Select(d => Hit(searcher.Doc(d.Doc), currency)).ToList();
            return new SearchResult(facets.Total, page, pageSize, hits, CategoryFacets(facets), AttributeFacets(facets), PriceBands.From(facets.Prices, currency));
        }) ?? SearchResult.Empty(page, pageSize);
    }

    private static ITopDocsCollector TopCollector(SearchSort sort, int depth, string currency) => sort switch
    {
        SearchSort.PriceAscending => TopFieldCollector.Create(ByPrice(currency, descending: false), depth, false, false, false, false),
        SearchSort.PriceDescending => TopFieldCollector.Create(ByPrice(currency, descending: true), depth, false, false, false, false),
        SearchSort.Newest => TopFieldCollector.Create(new Sort(new SortField(IndexFields.Created, SortFieldType.INT64, true)), depth, false, false, false, false),
        _ => TopScoreDocCollector.Create(depth, false),
    };

    /// <summary>Priced products first (a missing doc value reads as 0), then by price.</summary>
    private static Sort ByPrice(string currency, bool descending) =>
        new(new SortField(IndexFields.PricedIn(currency), SortFieldType.INT64, true), new SortField(IndexFields.PriceSortIn(currency), SortFieldType.INT64, descending));

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, string currency)
    {
        var price = doc.GetField(IndexFields.PriceIn(currency))?.GetInt64Value();
        var compareAt = doc.GetField(IndexFields.CompareAtIn(currency))?.GetInt64Value();
        var slug = doc.Get(IndexFields.Slug, CultureInfo.InvariantCulture);
        return new SearchHit(Guid.Parse(doc.Get(IndexFields.Id, CultureInfo.InvariantCulture)), doc.Get(IndexFields.Sku, CultureInfo.InvariantCulture), doc.Get(IndexFields.Name, CultureInfo.InvariantCulture), slug, $"/products/{slug}",
            price is { } minor ? new Money(ProductDocuments.FromMinorUnits(minor, currency), currency) : null,
            compareAt is { } was ? new Money(ProductDocuments.FromMinorUnits(was, currency), currency) : null);
    }

    private static List<FacetValue> CategoryFacets(FacetCounter facets) =>
        [.. facets.Categories.Select(pair =>
        {
            var parts = pair.Key.Split(IndexFields.FacetSeparator, 2);
            return new FacetValue(parts[0], parts.Length > 1 ? parts[1] : parts[0], pair.Value);
        }).OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.CurrentCulture)];

    private static Dictionary<string, IReadOnlyList<FacetValue>> AttributeFacets(FacetCounter facets) =>
        facets.Attributes
            .Select(pair => (Pair: pair.Key.Split('=', 2), Count: pair.Value))
            .GroupBy(a => a.Pair[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FacetValue>)[.. g.Select(a => new FacetValue(a.Pair[1], a.Pair[1], a.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.CurrentCulture)]);
}
