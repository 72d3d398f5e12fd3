using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Multistore.Admin.Routing;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>
/// Feature rollout in the host admin: one feature on or off across all stores or a list of them, in rings (canaries, a
/// wave, the rest) that stop by themselves on failures. The rollout runs in the background; its page follows it live and
/// resumes or rolls it back.
/// </summary>
public static class RolloutAdminEndpoints
{
    public const string Path = "tenants/rollout";

    public static IEndpointRouteBuilder MapRolloutAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<RolloutPage>(Path, TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPost(Path, StartAsync, TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPage<RolloutRunPage>($"{Path}/{{id}}", TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPost($"{Path}/{{id}}/resume", (string id, HttpContext context, IFeatureRollouts rollout, CancellationToken ct) =>
            ContinueAsync(id, context, () => rollout.ResumeAsync(id, RolloutExecution.InBackground, null, ct)), TenantsAdminPermissions.ManageTenants);
        endpoints.MapAdminPost($"{Path}/{{id}}/rollback", (string id, HttpContext context, IFeatureRollouts rollout, CancellationToken ct) =>
            ContinueAsync(id, context, () => rollout.RollBackAsync(id, RolloutExecution.InBackground, null, ct)), TenantsAdminPermissions.ManageTenants);
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<RolloutPage>>> StartAsync([FromForm] RolloutForm form, HttpContext context,
        IFeatureRollouts rollout, CancellationToken ct)
    {
        try
        {
            var run = await rollout.StartAsync(form.ToPlan(), RolloutExecution.InBackground, null, ct);
            return AdminResults.Redirect(context, $"{Path}/{run.Id}", $"Rollout {run.Id} started.");
        }
        catch (TenantValidationException exception)
        {
            return AdminResults.Page<RolloutPage>(new { Form = form, Error = string.Join(" ", exception.Errors.SelectMany(e => e.Value)) }, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<RolloutRunPage>>> ContinueAsync(string id, HttpContext context, Func<Task<RolloutRun>> action)
    {
        try
        {
            var run = await action();
            return AdminResults.Redirect(context, $"{Path}/{run.Id}", $"Rollout {run.Id} is {RolloutWords.State(run.State)}.");
        }
        catch (Exception exception) when (exception is TenantValidationException or DbUpdateConcurrencyException)
        {
            var message = exception is TenantValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : exception.Message;
            return AdminResults.Page<RolloutRunPage>(new { Id = id, Error = message }, StatusCodes.Status409Conflict);
        }
    }
}
