using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Search.Querying;
using Multistore.StorefrontApi.Contracts;
using Multistore.StorefrontApi.Services;

namespace Multistore.StorefrontApi.Endpoints;

public static class ProductEndpoints
{
    public const int MaxPageSize = SearchPaging.MaxPageSize;

    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products").AddEndpointFilter<CatalogCacheFilter>();
        products.MapGet("", ListAsync).WithName("ListProducts")
            .WithSummary("Active products in the request's culture, priced in the store's currency; q searches name, SKU and description.");
        products.MapGet("/{slug}", GetAsync).WithName("GetProduct")
            .WithSummary("One product by its slug in the request's culture, with its variants' prices and availability.");
        return api;
    }

    private static async Task<Results<Ok<ProductPage>, ValidationProblem>> ListAsync(
        ProductListing listing, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = 20)
    {
        var errors = SearchPaging.Check(page, pageSize);
        if (q is { Length: > 200 })
        {
            errors["q"] = ["q must be at most 200 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The product query is not valid.");
        }

        return TypedResults.Ok(await listing.ListAsync(q, page, pageSize, cancellationToken));
    }

    private static async Task<Results<Ok<ProductDetail>, ProblemHttpResult>> GetAsync(
        string slug, ProductListing listing, CancellationToken cancellationToken)
    {
        var product = await listing.FindAsync(slug, cancellationToken);
        return product is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Product not found", detail: $"No active product has the slug '{slug}'.")
            : TypedResults.Ok(product);
    }
}
