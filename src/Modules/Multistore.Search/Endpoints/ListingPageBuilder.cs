using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;
using Multistore.Catalog.Services;
using Multistore.Search.Models;
using Multistore.Search.Querying;

namespace Multistore.Search.Endpoints;

/// <summary>Turns a search result into the listing page's model, with links that keep the other filters.</summary>
public sealed class ListingPageBuilder(string path, IQueryCollection query)
{
    private static readonly (string Key, string Label)[] SortOptions = [("", "Relevance"), ("price", "Price: low to high"), ("price-desc", "Price: high to low"), ("newest", "Newest")];

    /// <param name="images">The hits' products' images (<see cref="Catalog.Media.IProductImages.ForProductsAsync"/>); the first of each is its card's picture.</param>
    public ListingPage Build(string title, SearchResult result, bool categoryFacets, IReadOnlyDictionary<Guid, IReadOnlyList<Catalog.Media.ProductImageLink>>? images = null)
    {
        var facets = new List<FacetGroup>();
        if (categoryFacets && result.Categories.Count > 0)
        {
            facets.Add(new FacetGroup("Category", [.. result.Categories.Select(c => Link(c.Name, c.Count, "category", c.Key))]));
        }

        foreach (var (name, values) in result.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            facets.Add(new FacetGroup(result.AttributeName(name), [.. values.Select(v => Link(v.Name, v.Count, "a." + name, v.Key))]) { Key = name });
        }

        if (result.PriceRanges.Count > 0)
        {
            facets.Add(new FacetGroup("Price", [.. result.PriceRanges.Select(PriceLink)]));
        }

        var sorts = SortOptions.Select(s => new PageLink(s.Label, With(("sort", s.Key), ("page", "")), query["sort"].ToString() == s.Key)).ToList();
        var pages = Enumerable.Range(1, result.PageCount).Where(p => Math.Abs(p - result.Page) <= 3 || p == 1 || p == result.PageCount)
            .Select(p => new PageLink(p.ToString(CultureInfo.CurrentCulture), With(("page", p == 1 ? "" : p.ToString(CultureInfo.InvariantCulture))), p == result.Page))
            .ToList();
        var products = result.Hits.Select(h => Card(h, images?.GetValueOrDefault(h.ProductId))).ToList();
        return new ListingPage(title, query["q"].ToString(), result.Total, products, facets, sorts, pages.Count > 1 ? pages : [], path)
        {
            Currency = query["currency"].ToString() is { Length: > 0 } currency ? currency.Trim() : null,
        };
    }

    private static ProductCard Card(SearchHit hit, IReadOnlyList<Catalog.Media.ProductImageLink>? images)
    {
        var card = new ProductCard(hit.Sku, hit.Name, hit.Url, hit.Price, hit.CompareAt);
        var culture = CultureInfo.CurrentCulture.Name;
        return images is [var first, ..] ? card with { Image = first.Url, ImageAlt = first.AltIn(culture, culture) } : card;
    }

    private FacetLink Link(string name, int count, string key, string value)
    {
        var selected = string.Equals(query[key].ToString(), value, StringComparison.Ordinal);
        return new FacetLink(name, count, With((key, selected ? "" : value), ("page", "")), selected);
    }

    private FacetLink PriceLink(PriceRange range)
    {
        var from = range.From.Amount.ToString(CultureInfo.InvariantCulture);
        var to = range.To?.Amount.ToString(CultureInfo.InvariantCulture) ?? "";
        var selected = query["min"] == from && query["max"] == to;
        // Each amount is a first-strong isolate (FSI … PDI): in a right-to-left page the range then reads low to high
        // for its reader and no amount's digits or symbol mix with the dash or the other amount.
        var label = range.To is { } upper
            ? $"{Isolated(range.From)} – {Isolated(upper)}"
            : $"{Isolated(range.From)} +";
        return new FacetLink(label, range.Count, selected ? With(("min", ""), ("max", ""), ("page", "")) : With(("min", from), ("max", to), ("page", "")), selected);
    }

    private static string Isolated(Commerce.Money money) =>
        $"\u2068{Commerce.Currency.Format(money.Amount, money.Currency, CultureInfo.CurrentCulture)}\u2069";

    private string With(params (string Key, string Value)[] changes)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var builder = new QueryBuilder(values.Where(p => !StringValues.IsNullOrEmpty(p.Value) && p.Value.ToString().Length > 0));
        return path + builder.ToQueryString();
    }
}
