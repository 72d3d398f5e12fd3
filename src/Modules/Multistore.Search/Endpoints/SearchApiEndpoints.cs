using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Search.Querying;

namespace Multistore.Search.Endpoints;

public static class SearchApiEndpoints
{
    /// <summary><c>GET /api/search?q=...</c>: the same search as the page, as JSON, for scripts on the storefront.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", Ok<SearchResult> (HttpRequest request, IProductSearch search) =>
            TypedResults.Ok(search.Search(SearchRequestReader.Read(request.Query, CultureInfo.CurrentCulture.Name))))
            .WithName("SearchProducts");
        return endpoints;
    }
}
