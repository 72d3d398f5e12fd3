using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Farm;
using Multistore.Hosting.Usage;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// The host's one middleware: finds the tenant of the request, answers for tenants that cannot serve,
/// and runs the request through the tenant's shell in a scope of its container.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next, TenantRegistry registry, HostStartup startup, ShellHost shells, StoreUsageRecorder usage, ILogger<TenantMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await startup.Ready;
        var match = registry.Resolve(context.Request.Host.Value ?? "", context.Request.Path.Value ?? "/");
        if (match is null)
        {
            await next(context);
            return;
        }

        var tenant = match.Tenant;
        switch (tenant.State)
        {
            case TenantState.Initializing:
                context.Response.Headers.RetryAfter = "5";
                await HostPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Opening soon",
                    $"{tenant.Name} is being set up. Please try again in a few seconds.");
                return;
            case TenantState.Maintenance or TenantState.Disabled:
                await ClosedAsync(context, tenant);
                return;
            case TenantState.AwaitingSetup:
                await AwaitingSetupAsync(context, match);
                return;
            case TenantState.Running when SetupLinkPage.IsSetupPath(context, RelativePath(context, match))
                && (context.Request.Query.ContainsKey("token") || context.Request.HasFormContentType):
                // A used setup link: say so, rather than the store's own 404.
                await HostPages.WriteAsync(context, StatusCodes.Status410Gone, "Setup link refused",
                    "This setup link has been used: the store is set up. Sign in at /admin.");
                return;
            case TenantState.Uninitialized or TenantState.Invalid:
                await HostPages.WriteAsync(context, StatusCodes.Status404NotFound, "No store here",
                    $"{tenant.Name} has not been set up yet.");
                return;
        }

        if (SharedOriginAdminRefusal.Applies(match, RelativePath(context, match)))
        {
            await SharedOriginAdminRefusal.WriteAsync(context, match);
            return;
        }

        MovePrefix(context, match);
        context.Features.Set(new TenantFeature(tenant));
        Activity.Current?.SetTag(ShellMetrics.TenantTag, tenant.Name);
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(ShellMetrics.Tenant(tenant.Name));

        // The host's own scope already carries RequestId, TraceId and the path; this adds the store. The touchpoint
        // is decided later, in the shell's touchpoint stage (after sign-in), which adds it to the scope, trace and metrics.
        using var scope = logger.BeginScope(TenantLogScope.For(tenant.Name));
        var started = usage.Start();
        var failed = true;
        try
        {
            await RunInShellAsync(context, tenant);
            failed = false;
        }
        finally
        {
            // The store's share of the node for the usage page: an exception becomes the host's 500.
            usage.Record(tenant.Name, failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode, started);
        }
    }

    /// <summary>The store sent more requests than its quota (<see cref="StoreQuotaOptions"/>) allows in this window.</summary>
    private static Task RefuseOverQuotaAsync(HttpContext context, TenantSettings tenant, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detail = $"{tenant.Name} received more requests than its quota allows. Please try again in a moment.";
        if (WantsJson(context))
        {
            // Apps read a problem document, as from every other refusal of the Storefront API.
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: detail).ExecuteAsync(context);
        }

        return HostPages.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", detail);
    }

    /// <summary>
    /// The store's data is moving (<see cref="TenantState.Maintenance"/>): apps get a problem document and browsers a page,
    /// both 503 with Retry-After, so a client retries the same request (with its idempotency key) a few seconds later.
    /// </summary>
    private static Task MaintenanceAsync(HttpContext context, TenantSettings tenant)
    {
        context.Response.Headers.RetryAfter = "5";
        context.Response.Headers.CacheControl = "no-store";
        var detail = $"{tenant.Name} is moving to a new home and is back in a moment. Please try again in a few seconds.";
        return WantsJson(context)
            ? TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Back in a moment", detail: detail).ExecuteAsync(context)
            : HostPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Back in a moment", detail);
    }

    private static bool WantsJson(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>A store that does not serve now: moving (back in a moment) or switched off by an operator.</summary>
    private static Task ClosedAsync(HttpContext context, TenantSettings tenant) =>
        tenant.State == TenantState.Maintenance
            ? MaintenanceAsync(context, tenant)
            : HostPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Store closed", $"{tenant.Name} is not available at the moment.");

    /// <summary>The request path under the tenant's URL prefix.</summary>
    private static PathString RelativePath(HttpContext context, TenantMatch match) =>
        match.Prefix is not null && context.Request.Path.StartsWithSegments("/" + match.Prefix, StringComparison.OrdinalIgnoreCase, out var rest)
            ? rest : context.Request.Path;

    /// <summary>Moves the tenant's URL prefix from the path into PathBase.</summary>
    private static void MovePrefix(HttpContext context, TenantMatch match)
    {
        if (match.Prefix is not null)
        {
            var prefix = new PathString("/" + match.Prefix);
            context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest);
            context.Request.PathBase = context.Request.PathBase.Add(prefix);
            context.Request.Path = rest;
        }
    }

    private static async Task AwaitingSetupAsync(HttpContext context, TenantMatch match)
    {
        if (SetupLinkPage.IsSetupPath(context, RelativePath(context, match)))
        {
            MovePrefix(context, match);
            await context.RequestServices.GetRequiredService<SetupLinkPage>().HandleAsync(context, match.Tenant);
            return;
        }

        await HostPages.WriteAsync(context, StatusCodes.Status404NotFound, "Opening soon",
            $"{match.Tenant.Name} waits for its administrator to finish its setup.");
    }

    private async Task RunInShellAsync(HttpContext context, TenantSettings tenant)
    {
        while (true)
        {
            ShellContext shell;
            try
            {
                shell = await shells.GetAsync(tenant);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The shell of tenant {Tenant} could not be built", tenant.Name);
                await HostPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Store unavailable",
                    $"{tenant.Name} cannot start right now. The operators have been told.");
                return;
            }

            if (!shell.TryEnter())
            {
                continue;
            }

            try
            {
                // The store may have closed (moving, disabled) since the request was matched: a request admitted now
                // would write to a database the store is leaving. Checked once inside, so closing waits for the rest.
                var current = registry.Find(tenant.Name);
                if (current is not { State: TenantState.Running })
                {
                    await ClosedAsync(context, current ?? tenant);
                    return;
                }

                if (await shell.Services.GetRequiredService<StoreRequestQuota>().RefusalAsync(context.RequestAborted) is { } wait)
                {
                    await RefuseOverQuotaAsync(context, tenant, wait);
                    return;
                }

                await using var scope = shell.Services.CreateAsyncScope();
                var hostServices = context.RequestServices;
                context.RequestServices = scope.ServiceProvider;
                try
                {
                    await shell.Pipeline(context);
                }
                finally
                {
                    context.RequestServices = hostServices;
                }
            }
            finally
            {
                shell.Exit();
            }

            return;
        }
    }
}
