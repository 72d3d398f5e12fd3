using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Http;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// /api/rollouts: a rollout in rings runs in the background on the node that took the request (202 with the rollout and
/// its address); clients follow it with GET, and resume or roll it back.
/// </summary>
public static class RolloutEndpoints
{
    public static IEndpointRouteBuilder MapRolloutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var rollouts = endpoints.MapGroup("api/rollouts").WithTags("Rollouts").AddEndpointFilter(new ApiKeyRequirement(TenantsPermissions.Features)).WithBodyCap(RequestBodyCap.Staff);
        rollouts.MapGet("", async (IFeatureRollouts store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(50, ct))).WithName("ListRollouts");
        rollouts.MapGet("{id}", Find).WithName("GetRollout");
        rollouts.MapPost("", Start).WithName("StartRollout");
        rollouts.MapPost("{id}/resume", (string id, IFeatureRollouts rollout, CancellationToken ct) =>
            Accept(() => rollout.ResumeAsync(id, RolloutExecution.InBackground, null, ct))).WithName("ResumeRollout");
        rollouts.MapPost("{id}/rollback", (string id, IFeatureRollouts rollout, CancellationToken ct) =>
            Accept(() => rollout.RollBackAsync(id, RolloutExecution.InBackground, null, ct))).WithName("RollBackRollout");
        return endpoints;
    }

    private static async Task<Results<Ok<RolloutRun>, NotFound>> Find(string id, IFeatureRollouts rollout, CancellationToken ct) =>
        await rollout.FindAsync(id, ct) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound();

    private static Task<Results<Accepted<RolloutRun>, ValidationProblem, ProblemHttpResult>> Start(RolloutPlanBody body, IFeatureRollouts rollout, CancellationToken ct) =>
        Accept(() => rollout.StartAsync(new RolloutPlan(body.Feature ?? "", body.Enable ?? true, body.Tenants, body.Canaries, body.WavePercent ?? 0, body.MaxFailures ?? 0),
            RolloutExecution.InBackground, null, ct));

    private static Task<Results<Accepted<RolloutRun>, ValidationProblem, ProblemHttpResult>> Accept(Func<Task<RolloutRun>> action) =>
        TenantErrors.HandleAsync(async () =>
        {
            var run = await action();
            return TypedResults.Accepted($"/api/rollouts/{run.Id}", run);
        });
}
