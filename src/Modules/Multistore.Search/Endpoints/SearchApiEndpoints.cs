using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Search.Querying;

namespace Multistore.Search.Endpoints;

public static class SearchApiEndpoints
{
    /// <summary>
    /// <c>GET /api/search?q=...&amp;currency=SEK</c>: the same search as the page, as JSON, for scripts on the
    /// storefront. A currency the store does not sell in is refused (400, naming <c>currency</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", async Task<Results<Ok<SearchResult>, ValidationProblem>> (HttpRequest request, IProductSearch search, SearchCurrencies currencies) =>
        {
            var (currency, error) = await currencies.ResolveAsync(request.Query["currency"], request.HttpContext.RequestAborted);
            if (error is not null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currency"] = [error] }, title: "The search is not valid.");
            }

            var read = SearchRequestReader.Read(request.Query, CultureInfo.CurrentCulture.Name);
            if (SearchRequestReader.PagingErrors(read) is { Count: > 0 } errors)
            {
                return TypedResults.ValidationProblem(errors, title: "The search is not valid.");
            }

            return TypedResults.Ok(search.Search(read with { Currency = currency }));
        }).WithName("SearchProducts");
        return endpoints;
    }
}
