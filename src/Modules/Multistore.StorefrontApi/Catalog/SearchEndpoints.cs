using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Catalog.Services;
using Multistore.Search.Endpoints;
using Multistore.Search.Querying;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>Faceted product search through <see cref="ListingSearch"/>, the search the storefront's pages run.</summary>
public static class SearchEndpoints
{
    private const int RetryAfterSeconds = 2;

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithTags("Catalog").WithName("SearchCatalog")
            .WithSummary("Products matching q (typos tolerated; text that does not parse is searched literally), filtered by category (key or slug), priceMin/priceMax and facets=name:value; sort is relevance, price, price-desc or newest. While the store's search index is still being built, a search by q and category in the default sort is answered from the database (without facets); one with facets, a price filter or another sort is a 503 with Retry-After, never an empty answer. currency (one the store sells in, default the store's) prices the items, the price filter, bands and sort. Returns items, total and facet counts of all matches.")
            .AddEndpointFilter(CatalogCacheFilter.Instance);
        return api;
    }

    private static async Task<Results<Ok<ApiSearchResult>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        [AsParameters] ApiSearchRequest query, [AsParameters] ApiSearchServices services, HttpContext context, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture.Name;
        var reader = new ApiSearchQuery();
        var (priced, currencyError) = await services.Currencies.ResolveAsync(query.Currency, cancellationToken);
        if (currencyError is not null)
        {
            reader.Errors["currency"] = [$"currency {currencyError}"];
        }

        var request = reader.Read(culture, query) with { Currency = priced };
        if (query.Category is { } category && !string.IsNullOrWhiteSpace(category))
        {
            var categories = await services.Catalog.ListCategoriesAsync(culture, cancellationToken);
            var found = categories.FirstOrDefault(c => string.Equals(c.Key, category.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? categories.FirstOrDefault(c => string.Equals(c.Slug, category.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                reader.Errors["category"] = [$"There is no category '{category}'. GET /categories lists their keys."];
            }

            request = request with { Category = found?.Key };
        }

        if (reader.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(reader.Errors, title: "The search is not valid.");
        }

        var result = await services.Search.SearchAsync(request, priced, cancellationToken);
        return result.Answered ? TypedResults.Ok(ApiSearchResult.From(result, priced)) : NotIndexedYet(context);
    }

    /// <summary>
    /// A store whose index is still being built (just set up, or a node that has not built it yet) and a search the
    /// database cannot answer (<see cref="ListingSearch"/>) has searched nothing: saying "total 0" would tell an app the store sells nothing, and clients and CDNs would keep that
    /// answer for the catalog's max-age. It is a 503 to ask again shortly, which nobody stores.
    /// </summary>
    private static ProblemHttpResult NotIndexedYet(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search is not ready yet.",
            detail: "The store's search index is still being built. Ask again after Retry-After seconds; GET /products lists the catalog meanwhile.");
    }
}
