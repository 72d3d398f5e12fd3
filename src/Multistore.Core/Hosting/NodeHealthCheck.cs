using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Multistore.Data;
using Multistore.Shells;

namespace Multistore.Hosting;

/// <summary>The node is healthy when its registry is loaded and the host database answers.</summary>
internal sealed class NodeHealthCheck(HostStartup startup, IDbContextFactory<HostDbContext> contexts, ShellHost shells) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["runningShells"] = shells.RunningShells.Count() };
        if (!startup.Ready.IsCompletedSuccessfully)
        {
            return HealthCheckResult.Unhealthy("The tenant registry is not loaded yet.", startup.Ready.Exception, data);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Registry loaded, host database answers.", data)
                : HealthCheckResult.Unhealthy("The host database does not answer.", data: data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The host database does not answer.", exception, data);
        }
    }
}
