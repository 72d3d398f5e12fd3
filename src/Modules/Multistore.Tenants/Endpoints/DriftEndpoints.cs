using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Http;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// /api/tenants/{name}/diff: how a store differs from its brand template or recipe (<c>?against=template|recipe</c>; by
/// default its template when it has one), and /diff/bring-back, which returns chosen values (or all) to the baseline's.
/// </summary>
public static class DriftEndpoints
{
    public static IEndpointRouteBuilder MapDriftEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("api/tenants/{name}/diff").WithTags("Tenants").WithBodyCap(RequestBodyCap.Staff);
        group.MapGet("", Diff).AddEndpointFilter(new ApiKeyRequirement(TenantsPermissions.View)).WithName("DiffTenant");
        group.MapPost("bring-back", BringBack).AddEndpointFilter(new ApiKeyRequirement(TenantsPermissions.Manage)).WithName("BringBackTenant");
        return endpoints;
    }

    private static Task<Results<Ok<StoreDrift>, ValidationProblem, ProblemHttpResult>> Diff(string name, string? against, IStoreDrift drift, ITenantCatalog registry, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () => TypedResults.Ok(await drift.DiffAsync(name, Baseline.Parse(against, name, registry), ct)));

    private static Task<Results<Ok<StoreDrift>, ValidationProblem, ProblemHttpResult>> BringBack(string name, BringBackBody body, IStoreDrift drift, ITenantCatalog registry, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () => TypedResults.Ok(await drift.BringBackAsync(name, Baseline.Parse(body.Against, name, registry), body.Keys is { Count: > 0 } keys ? keys : null, ct)));
}

/// <summary>POST /api/tenants/{name}/diff/bring-back: <see cref="Keys"/> null or empty brings back every difference.</summary>
public sealed record BringBackBody(string? Against, IReadOnlyList<string>? Keys);

/// <summary>Reads "template" or "recipe"; without one, a store with a brand template is compared with it, any other with its recipe.</summary>
internal static class Baseline
{
    public static DriftBaseline Parse(string? against, string name, ITenantCatalog registry) => against?.Trim().ToLowerInvariant() switch
    {
        null or "" => registry.Find(name)?.Template is null ? DriftBaseline.Recipe : DriftBaseline.Template,
        "template" => DriftBaseline.Template,
        "recipe" => DriftBaseline.Recipe,
        _ => throw TenantValidationException.For("against", $"'{against}' is not a baseline: use 'template' or 'recipe'."),
    };
}
