using System.Globalization;
using Lucene.Net.Search;
using Multistore.Commerce;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

public sealed class ProductSearch(TenantSearchIndex indexes) : IProductSearch
{
    private const int MaxPageSize = SearchPaging.MaxPageSize;
    private const int MaxDepth = SearchPaging.MaxDepth;

    public SearchResult Search(SearchRequest request) =>
        Run(indexes.For(request.Culture), request, request.Currency ?? indexes.Currency);

    /// <summary>
    /// The search itself, on one culture's index; prices are filtered, counted, sorted and shown in
    /// <paramref name="currency"/> (products without a price in it have none and sort last).
    /// </summary>
    public static SearchResult Run(CultureIndex index, SearchRequest request, string currency)
    {
        currency = currency.Trim().ToUpperInvariant();
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxDepth / pageSize);
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
            var (attributes, attributeNames) = AttributeFacets(facets);
            return new SearchResult(facets.Total, page, pageSize, hits, CategoryFacets(facets), attributes, PriceBands.From(facets.Prices, currency)) { AttributeNames = attributeNames };
        }) ?? SearchResult.NotIndexed(page, pageSize);
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

    /// <summary>
    /// Values by attribute name, and each name's label. A facet is <c>name=value␟name label␟value label</c>; the same
    /// pair may come labelled twice while a relabelling is being indexed, so counts are summed by pair.
    /// </summary>
    private static (Dictionary<string, IReadOnlyList<FacetValue>> Values, Dictionary<string, string> Names) AttributeFacets(FacetCounter facets)
    {
        var parsed = facets.Attributes.Select(pair =>
        {
            var parts = pair.Key.Split(IndexFields.FacetSeparator);
            var term = parts[0].Split('=', 2);
            return (Name: term[0], Value: term[1], NameLabel: parts.Length > 1 ? parts[1] : term[0], ValueLabel: parts.Length > 2 ? parts[2] : term[1], Count: pair.Value);
        }).ToList();
        var names = parsed.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Count).NameLabel, StringComparer.Ordinal);
        var values = parsed.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<FacetValue>)[.. g
            .GroupBy(a => a.Value, StringComparer.Ordinal)
            .Select(v => new FacetValue(v.Key, v.MaxBy(a => a.Count).ValueLabel, v.Sum(a => a.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.CurrentCulture)], StringComparer.Ordinal);
        return (values, names);
    }
}
