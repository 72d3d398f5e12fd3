using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Search.Endpoints;
using Multistore.Search.Querying;
using Multistore.StorefrontApi.Contracts;
using Multistore.StorefrontApi.Services;

namespace Multistore.StorefrontApi.Endpoints;

public static class ProductEndpoints
{
    public const int MaxPageSize = SearchPaging.MaxPageSize;
    public const int MaxRecommendations = 24;

    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products").AddEndpointFilter(CatalogCacheFilter.Instance);
        products.MapGet("", ListAsync).WithName("ListProducts")
            .WithSummary("Active products in the request's culture with every variant (labelled options, price, stock), priced in currency (one the store sells in, default the store's); q searches name, SKU and description; paged in the database, total counts all matches.");
        products.MapGet("/{slug}", GetAsync).WithName("GetProduct")
            .WithSummary("One product by its slug in the request's culture, with its variants' options, prices, stock and images.");
        products.MapGet("/{slug}/recommendations", RecommendAsync).WithName("ProductRecommendations")
            .WithSummary("Products recommended beside this one, best first, in the product list's item shape with a reason; 404 when the product is unknown or the store has no recommendations.");
        return api;
    }

    private static async Task<Results<Ok<ProductPage>, ValidationProblem>> ListAsync(
        [AsParameters] ProductListRequest request, ProductListing listing, SearchCurrencies currencies, CancellationToken cancellationToken)
    {
        var errors = SearchPaging.Check(request.Page, request.PageSize);
        if (request.Q is { Length: > 200 })
        {
            errors["q"] = ["q must be at most 200 characters."];
        }

        var (currency, currencyError) = await currencies.ResolveAsync(request.Currency, cancellationToken);
        if (currencyError is not null)
        {
            errors["currency"] = [$"currency {currencyError}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The product query is not valid.");
        }

        return TypedResults.Ok(await listing.ListAsync(request.Q, request.Page, request.PageSize, currency, cancellationToken));
    }

    private static async Task<Results<Ok<ProductDetail>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string slug, ProductListing listing, SearchCurrencies currencies, CancellationToken cancellationToken, string? currency = null)
    {
        var (priced, currencyError) = await currencies.ResolveAsync(currency, cancellationToken);
        if (currencyError is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currency"] = [$"currency {currencyError}"] }, title: "The product query is not valid.");
        }

        var product = await listing.FindAsync(slug, priced, cancellationToken);
        return product is null ? NotFound(slug) : TypedResults.Ok(product);
    }

    private static async Task<Results<Ok<ProductRecommendationList>, ValidationProblem, ProblemHttpResult>> RecommendAsync(
        string slug, [AsParameters] ProductRecommendationRequest request, ProductListing listing, SearchCurrencies currencies,
        [FromServices] IEnumerable<IProductRecommendations> recommenders, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Count is < 1 or > MaxRecommendations)
        {
            errors["count"] = [$"count must be between 1 and {MaxRecommendations}."];
        }

        var (currency, currencyError) = await currencies.ResolveAsync(request.Currency, cancellationToken);
        if (currencyError is not null)
        {
            errors["currency"] = [$"currency {currencyError}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The recommendation query is not valid.");
        }

        if (recommenders.FirstOrDefault() is not { } recommender)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No recommendations",
                detail: "This store does not recommend products (its Recommendations feature is off).");
        }

        var list = await listing.RecommendAsync(slug, recommender, request.Count, currency, cancellationToken);
        return list is null ? NotFound(slug) : TypedResults.Ok(list);
    }

    private static ProblemHttpResult NotFound(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Product not found", detail: $"No active product has the slug '{slug}'.");
}
