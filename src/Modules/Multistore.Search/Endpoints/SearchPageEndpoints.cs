using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Multistore.Caching;
using Multistore.Catalog.Services;
using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Search.Endpoints;

public static class SearchPageEndpoints
{
    /// <summary>
    /// <c>/search?q=</c> (template <c>search</c>) and <c>/categories/{slug}</c> (template <c>category</c>), both with
    /// facets and paging, priced in <c>?currency=</c> when the store sells in it (else in the store's currency). A page
    /// beyond the listing's depth is a 400 naming <c>page</c> (<see cref="SearchPaging"/>). Category pages are cached
    /// storefront pages (page cache and CDN) tagged with their category and <see cref="PageCacheTags.Listings"/>, except
    /// while the index is being built; search pages, whose text is the shopper's, are not kept.
    /// </summary>
    public static IEndpointRouteBuilder MapSearchPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/search", async Task<Results<ValidationProblem, ContentHttpResult>> (HttpRequest request, [AsParameters] SearchPageServices services) =>
        {
            var read = SearchRequestReader.Read(request.Query, CultureInfo.CurrentCulture.Name);
            if (SearchRequestReader.PagingErrors(read) is { Count: > 0 } errors)
            {
                return TypedResults.ValidationProblem(errors, title: "The search is not valid.");
            }

            var (currency, _) = await services.Currencies.ResolveAsync(request.Query["currency"], request.HttpContext.RequestAborted);
            var result = await services.Search.SearchAsync(read, currency, request.HttpContext.RequestAborted);
            var images = await services.Images.ForProductsAsync([.. result.Hits.Select(h => h.ProductId)], request.HttpContext.RequestAborted);
            var page = new ListingPageBuilder("/search", request.Query).Build(request.Query["q"].ToString(), result, categoryFacets: true, images);
            return await services.Views.ViewAsync("search", page);
        }).WithName("SearchPage");

        endpoints.MapGet("/categories/{slug}", async Task<Results<ContentHttpResult, ValidationProblem>> (string slug, HttpRequest request, IProductCatalog catalog,
            [AsParameters] SearchPageServices services, TenantSearchIndex indexes, CancellationToken cancellationToken) =>
        {
            var categories = await catalog.ListCategoriesAsync(CultureInfo.CurrentCulture.Name, cancellationToken);
            var category = categories.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
            if (category is null)
            {
                return await services.Views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
            }

            var read = SearchRequestReader.Read(request.Query, CultureInfo.CurrentCulture.Name, category.Key);
            if (SearchRequestReader.PagingErrors(read) is { Count: > 0 } errors)
            {
                return TypedResults.ValidationProblem(errors, title: "The listing is not valid.");
            }

            var (currency, _) = await services.Currencies.ResolveAsync(request.Query["currency"], cancellationToken);
            var index = indexes.For(read.Culture);
            var commits = index.Commits;
            var result = await services.Search.SearchAsync(read, currency, cancellationToken);
            PageCacheTagsFeature.Add(request.HttpContext, PageCacheTags.Category(category.Key));
            var images = await services.Images.ForProductsAsync([.. result.Hits.Select(h => h.ProductId)], cancellationToken);
            var page = new ListingPageBuilder($"/categories/{category.Slug}", request.Query).Build(category.Name, result, categoryFacets: false, images);
            var view = await services.Views.ViewAsync("category", page);
            if ((!result.Indexed || index.Commits != commits) && request.HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
            {
                // Listed from the database while the index is built, or the index committed a change while this page was
                // rendered (its eviction of the listings ran before this page would be stored): right for this shopper,
                // not a page to keep.
                cache.Context.AllowCacheStorage = false;
            }

            return view;
        }).WithName("CategoryPage").CachedStorefrontPage(PageCacheTags.Listings);
        return endpoints;
    }
}
