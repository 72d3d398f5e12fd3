using System.Globalization;
using Multistore.Search.Querying;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>
/// Reads and checks the API's search parameters; each problem names its parameter. Query text is never an
/// error: what does not parse is searched for literally by <see cref="IProductSearch"/>.
/// </summary>
public sealed class ApiSearchQuery
{
    public const int MaxPageSize = SearchPaging.MaxPageSize;

    private static readonly Dictionary<string, SearchSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["relevance"] = SearchSort.Relevance,
        ["price"] = SearchSort.PriceAscending,
        ["price-desc"] = SearchSort.PriceDescending,
        ["newest"] = SearchSort.Newest,
    };

    public Dictionary<string, string[]> Errors { get; } = [];

    public SearchRequest Read(string culture, ApiSearchRequest query)
    {
        var (page, pageSize, sort) = (query.Page, query.PageSize, query.Sort);
        var min = Price("priceMin", query.PriceMin);
        var max = Price("priceMax", query.PriceMax);
        if (min is not null && max is not null && min > max)
        {
            Errors["priceMax"] = ["priceMax must not be below priceMin."];
        }

        foreach (var (name, messages) in SearchPaging.Check(page, pageSize))
        {
            Errors[name] = messages;
        }

        var order = SearchSort.Relevance;
        if (!string.IsNullOrWhiteSpace(sort) && !Sorts.TryGetValue(sort.Trim(), out order))
        {
            Errors["sort"] = [$"sort must be one of: {string.Join(", ", Sorts.Keys)}."];
        }

        return new SearchRequest(query.Q, culture)
        {
            Attributes = Attributes(query.Facets),
            MinPrice = min,
            MaxPrice = max,
            Sort = order,
            Page = page,
            PageSize = pageSize,
        };
    }

    private decimal? Price(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return amount;
        }

        Errors[name] = [$"{name} must be a non-negative amount like 19.99, not '{value}'."];
        return null;
    }

    /// <summary>Attribute filters as <c>facets=name:value</c>, repeated or comma-separated.</summary>
    private Dictionary<string, string> Attributes(string[]? facets)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var facet in (facets ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = facet.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                Errors["facets"] = [$"Each facet filter is name:value (e.g. material:Leder); '{facet}' is not."];
                continue;
            }

            result[parts[0]] = parts[1];
        }

        return result;
    }
}
