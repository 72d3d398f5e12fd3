using Microsoft.AspNetCore.Mvc;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>How many recommendations to give (1 to 24, default 8) and the currency to price them in.</summary>
public sealed record ProductRecommendationRequest(
    [FromQuery(Name = "count")] int Count = 8,
    [FromQuery(Name = "currency")] string? Currency = null);
