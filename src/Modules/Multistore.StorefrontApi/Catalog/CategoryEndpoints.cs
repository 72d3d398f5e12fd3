using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Catalog.Services;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>The category tree, from the catalog service the storefront's menus and category pages use.</summary>
public static class CategoryEndpoints
{
    public static IEndpointRouteBuilder MapCategoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/categories", ListAsync).WithTags("Catalog").WithName("ListCategories")
            .WithSummary("The category tree in the request's culture: roots with their children, in display order.")
            .AddEndpointFilter(CatalogCacheFilter.Instance);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ApiCategory>>> ListAsync(IProductCatalog catalog, CancellationToken cancellationToken)
    {
        var flat = await catalog.ListCategoriesAsync(CultureInfo.CurrentCulture.Name, cancellationToken);
        var byParent = flat.ToLookup(c => c.ParentId);
        IReadOnlyList<ApiCategory> Children(Guid? parent) =>
            [.. byParent[parent].Select(c => new ApiCategory(c.Id, c.Key, c.Name, c.Slug, Children(c.Id)))];
        return TypedResults.Ok(Children(null));
    }
}
