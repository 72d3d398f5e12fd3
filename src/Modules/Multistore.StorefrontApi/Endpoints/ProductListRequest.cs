using Microsoft.AspNetCore.Mvc;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>The product list's query: text, page, page size and the currency to price in (default the store's).</summary>
public sealed record ProductListRequest(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "page")] int Page = 1,
    [FromQuery(Name = "pageSize")] int PageSize = 20,
    [FromQuery(Name = "currency")] string? Currency = null);
