using System.Globalization;
using Microsoft.AspNetCore.Http;
using Multistore.Search.Querying;

namespace Multistore.Search.Endpoints;

/// <summary>
/// Reads a search from the query string: <c>q, category, min, max, sort (relevance|price|price-desc|newest),
/// page, size</c> and attribute filters as <c>a.{name}=value</c>. Prices that are not numbers are ignored; a page or size
/// out of range is refused by the caller (<see cref="PagingErrors"/>).
/// </summary>
public static class SearchRequestReader
{
    public static SearchRequest Read(IQueryCollection query, string culture, string? category = null) => new(query["q"].ToString(), culture)
    {
        Category = category ?? NullIfEmpty(query["category"]),
        Attributes = query.Where(p => p.Key.StartsWith("a.", StringComparison.Ordinal) && p.Key.Length > 2 && !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key[2..], p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        MinPrice = Decimal(query["min"]),
        MaxPrice = Decimal(query["max"]),
        Sort = query["sort"].ToString() switch
        {
            "price" => SearchSort.PriceAscending,
            "price-desc" => SearchSort.PriceDescending,
            "newest" => SearchSort.Newest,
            _ => SearchSort.Relevance,
        },
        Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1,
        PageSize = int.TryParse(query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 24,
    };

    /// <summary>A page or size out of range, keyed <c>page</c> and <c>size</c> as the query names them.</summary>
    public static Dictionary<string, string[]> PagingErrors(SearchRequest request) => SearchPaging.Check(request.Page, request.PageSize, "page", "size");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static decimal? Decimal(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number : null;
}
