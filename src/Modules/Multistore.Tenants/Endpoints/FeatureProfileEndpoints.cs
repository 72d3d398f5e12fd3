using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Http;
using Multistore.Modules;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>/api/feature-profiles and /api/feature-rollouts: what tenants may enable, and enabling a feature on many at once.</summary>
public static class FeatureProfileEndpoints
{
    public static IEndpointRouteBuilder MapFeatureProfileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var features = new ApiKeyRequirement(TenantsPermissions.Features);
        var profiles = endpoints.MapGroup("api/feature-profiles").WithTags("Feature profiles").AddEndpointFilter(features).WithBodyCap(RequestBodyCap.Staff);
        profiles.MapGet("", async (IFeatureProfiles store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct)))
            .WithName("ListFeatureProfiles");
        profiles.MapPut("{name}", Save).WithName("SaveFeatureProfile");
        profiles.MapDelete("{name}", Delete).WithName("DeleteFeatureProfile");
        endpoints.MapPost("api/feature-rollouts", Rollout).AddEndpointFilter(features).WithBodyCap(RequestBodyCap.Staff).WithTags("Feature profiles").WithName("RolloutFeature");
        return endpoints;
    }

    private static Task<Results<Ok<FeatureProfile>, ValidationProblem, ProblemHttpResult>> Save(string name, FeatureProfileBody body, IFeatureProfiles store, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () =>
        {
            var profile = new FeatureProfile(name, body.Description ?? "", body.Rules ?? []);
            await store.SaveAsync(profile, ct);
            return TypedResults.Ok(profile);
        });

    private static Task<Results<Results<NoContent, NotFound>, ValidationProblem, ProblemHttpResult>> Delete(string name, IFeatureProfiles store, ITenantCatalog registry,
        CancellationToken ct) =>
        TenantErrors.HandleAsync(async Task<Results<NoContent, NotFound>> () =>
        {
            var users = registry.All.Where(t => string.Equals(t.FeatureProfile, name, StringComparison.Ordinal)).Select(t => t.Name).ToList();
            if (users.Count > 0)
            {
                throw TenantValidationException.For("name", $"Feature profile '{name}' is used by {string.Join(", ", users.Take(10))}{(users.Count > 10 ? ", ..." : "")}.");
            }

            return await store.DeleteAsync(name, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
        });

    private static Task<Results<Ok<IReadOnlyList<FeatureRolloutResult>>, ValidationProblem, ProblemHttpResult>> Rollout(RolloutBody body, IFeatureRollouts rollout, IFeatureCatalog catalog, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(body.Feature) || catalog.Find(body.Feature) is null)
            {
                throw TenantValidationException.For("feature", $"There is no feature '{body.Feature}'.");
            }

            var tenants = body.Tenants is { Count: > 0 } named ? named : null;
            var results = await rollout.RunAsync(body.Feature, body.Enable ?? true, tenants, null, ct);
            return TypedResults.Ok(results);
        });
}
