using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Data;
using Multistore.Health;

namespace Multistore.StorefrontApi.Health;

/// <summary>
/// Whether the store can serve: every module database answers a query on each of its tables and has no migration
/// left to apply, and every module's <see cref="IStoreHealthProbe"/> runs the read its pages run. A failure names
/// the check and, in the log, its cause ("connects" alone said Healthy for a store whose every page was a 500).
/// </summary>
public sealed class StoreHealthChecks(IServiceProvider services, IEnumerable<ModuleDbContextRegistration> databases,
    IEnumerable<IStoreHealthProbe> probes, ILogger<StoreHealthChecks> logger)
{
    public const string Healthy = "Healthy";

    public async Task<IReadOnlyDictionary<string, string>> RunAsync(CancellationToken cancellationToken)
    {
        var checks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var registration in databases)
        {
            var db = (DbContext)services.GetRequiredService(registration.ContextType);
            checks[registration.ContextType.Name] = await CheckAsync(registration.ContextType.Name, () => CheckDatabaseAsync(db, cancellationToken));
        }

        foreach (var probe in probes)
        {
            checks[probe.Name] = await CheckAsync(probe.Name, () => probe.ProbeAsync(cancellationToken));
        }

        return checks;
    }

    private async Task<string> CheckAsync(string name, Func<Task> check)
    {
        try
        {
            await check();
            return Healthy;
        }
        catch (StoreHealthException exception)
        {
            logger.LogWarning("Health check {Check} failed: {Reason}", name, exception.Message);
            return $"Unhealthy: {exception.Message}";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Health check {Check} failed", name);
            return "Unhealthy: the check failed (see the store's log).";
        }
    }

    private static async Task CheckDatabaseAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            throw new StoreHealthException("the database does not answer.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (pending > 0)
        {
            throw new StoreHealthException($"{pending} migration(s) not applied.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            try
            {
#pragma warning disable EF1002 // table names come from the model, never from a request
                await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE 1 = 0", cancellationToken);
#pragma warning restore EF1002
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new StoreHealthException($"table {table.Name} does not answer.", exception);
            }
        }
    }
}
