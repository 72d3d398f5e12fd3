using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.Catalog.Services;
using Multistore.Search.Querying;
using Multistore.Theming;

namespace Multistore.Search.Endpoints;

public static class SearchPageEndpoints
{
    /// <summary>
    /// <c>/search?q=</c> (template <c>search</c>) and <c>/categories/{slug}</c> (template <c>category</c>), both with
    /// facets and paging, priced in <c>?currency=</c> when the store sells in it (else in the store's currency). A page
    /// beyond the listing's depth is a 400 naming <c>page</c> (<see cref="SearchPaging"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapSearchPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/search", async (HttpRequest request, IProductSearch search, SearchCurrencies currencies, IThemeViewRenderer views) =>
        {
            var read = SearchRequestReader.Read(request.Query, CultureInfo.CurrentCulture.Name);
            if (SearchRequestReader.PagingErrors(read) is { Count: > 0 } errors)
            {
                return TypedResults.ValidationProblem(errors, title: "The search is not valid.");
            }

            var (currency, _) = await currencies.ResolveAsync(request.Query["currency"], request.HttpContext.RequestAborted);
            var result = search.Search(read with { Currency = currency });
            var page = new ListingPageBuilder("/search", request.Query).Build(request.Query["q"].ToString(), result, categoryFacets: true);
            return await views.ViewAsync("search", page);
        }).WithName("SearchPage");

        endpoints.MapGet("/categories/{slug}", async (string slug, HttpRequest request, IProductCatalog catalog, IProductSearch search, SearchCurrencies currencies, IThemeViewRenderer views, CancellationToken cancellationToken) =>
        {
            var categories = await catalog.ListCategoriesAsync(CultureInfo.CurrentCulture.Name, cancellationToken);
            var category = categories.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
            if (category is null)
            {
                return await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
            }

            var read = SearchRequestReader.Read(request.Query, CultureInfo.CurrentCulture.Name, category.Key);
            if (SearchRequestReader.PagingErrors(read) is { Count: > 0 } errors)
            {
                return TypedResults.ValidationProblem(errors, title: "The listing is not valid.");
            }

            var (currency, _) = await currencies.ResolveAsync(request.Query["currency"], cancellationToken);
            var result = search.Search(read with { Currency = currency });
            var page = new ListingPageBuilder($"/categories/{category.Slug}", request.Query).Build(category.Name, result, categoryFacets: false);
            return await views.ViewAsync("category", page);
        }).WithName("CategoryPage");
        return endpoints;
    }
}
