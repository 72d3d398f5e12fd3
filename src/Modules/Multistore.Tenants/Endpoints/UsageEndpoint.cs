using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// <c>GET /api/usage</c> on the SaaS host: each store's share of this node (the host admin's usage page as JSON), ranked
/// by share of the last hour's requests or by <c>?sort=</c>. It names every store, so like <c>/metrics</c> it asks for
/// an API key with <see cref="TenantsPermissions.MetricsView"/>.
/// </summary>
internal static class UsageEndpoint
{
    public const string Path = "/api/usage";

    public static void MapUsageEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async Task<Ok<IReadOnlyList<StoreUsage>>> (string? sort, IStoreUsage usage, CancellationToken cancellationToken) =>
                TypedResults.Ok(UsageRanking.Rank(await usage.ReadAsync(cancellationToken), sort)))
            .AddEndpointFilter(new ApiKeyRequirement(TenantsPermissions.MetricsView))
            .WithTags("Operations").WithName("GetStoreUsage")
            .WithSummary("Each store's requests, p95 latency, errors, 429s, page cache hit rate, orders, estimated shell memory and sizes on this node over the last hour and day; needs an API key granting metrics.view.");
}
