using Microsoft.AspNetCore.Mvc;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>
/// The query of <c>GET /search</c>, bound with <c>[AsParameters]</c>: one record instead of nine optional parameters
/// after the services. The names are the API's (<c>q</c>, <c>priceMin</c>, ...), as the OpenAPI document lists them;
/// amounts stay text so that <see cref="ApiSearchQuery"/> can name a malformed one instead of a bare 400.
/// </summary>
public sealed record ApiSearchRequest(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "category")] string? Category = null,
    [FromQuery(Name = "priceMin")] string? PriceMin = null,
    [FromQuery(Name = "priceMax")] string? PriceMax = null,
    [FromQuery(Name = "facets")] string[]? Facets = null,
    [FromQuery(Name = "sort")] string? Sort = null,
    [FromQuery(Name = "page")] int Page = 1,
    [FromQuery(Name = "pageSize")] int PageSize = 20,
    [FromQuery(Name = "currency")] string? Currency = null);
