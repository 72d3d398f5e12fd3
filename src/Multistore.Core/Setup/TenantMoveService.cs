using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Moves a store between tiers and regions while it sells (<see cref="ITenantMoves"/>):
/// <list type="number">
/// <item>places the target by region and tier as creation does (the connection comes from the region) and refuses a
/// target that exists already, so nothing is ever written into data the move did not create;</item>
/// <item>creates the target with every table of the store's features, and copies the store while it serves;</item>
/// <item>puts the store in <see cref="TenantState.Maintenance"/> (503 with Retry-After), waits for the requests inside
/// its shell and its background tasks to finish, and catches up what was written during the copy;</item>
/// <item>compares every table's row count and checksum in both databases, and only then points the registry at the
/// new database and opens the store again.</item>
/// </list>
/// A failure at any step opens the store again where it was and drops the unfinished target. The old copy is kept.
/// </summary>
internal sealed class TenantMoveService(
    TenantRegistry registry,
    StoreClosing closing,
    ShellContextFactory factory,
    TenantDatabaseProvisioner provisioner,
    IOptions<MultistoreOptions> options,
    ILogger<TenantMoveService> logger) : ITenantMoves
{
    private readonly ConcurrentDictionary<string, bool> _moving = new(StringComparer.OrdinalIgnoreCase);

    public async Task<TenantMoveResult> MoveAsync(string name, TenantMoveRequest request, IProgress<TenantMoveProgress>? progress, CancellationToken cancellationToken)
    {
        var started = closing.Clock.GetTimestamp();
        var tenant = RegisteredTenant.Existing(registry, name);
        var target = await PlaceAsync(tenant, request, cancellationToken);
        var from = factory.ConnectionOf(tenant);
        var to = factory.ConnectionOf(target);
        if (!_moving.TryAdd(tenant.Name, true))
        {
            throw TenantValidationException.For("name", $"Store '{tenant.Name}' is being moved already.");
        }

        try
        {
            if (await ExistsAsync(to, cancellationToken) is { } existing)
            {
                throw TenantValidationException.For("tier", $"The target already exists: {existing}. A move writes only into a database it creates; "
                    + "remove that copy (an earlier move keeps the old one) or choose another tier or region.");
            }

            Report(progress, "prepare", 0, $"Creating {Describe(target)}.");
            await TenantDatabaseProvisioner.CreateAsync(to, cancellationToken);
            try
            {
                return await CopyAndSwitchAsync(new MovePlan(tenant, target, from.Unpooled(), to.Unpooled()), progress, started, cancellationToken);
            }
            catch (Exception exception)
            {
                await DropUnfinishedAsync(to);
                logger.LogError(exception, "Moving store {Tenant} to {Target} failed; it stays in {Source}", tenant.Name, Describe(target), Describe(tenant));
                if (exception is TenantMoveFailedException)
                {
                    throw;
                }

                throw new TenantMoveFailedException($"Moving store '{tenant.Name}' failed and was undone; it stays in {Describe(tenant)} and serves from there. "
                    + $"Cause: {exception.Message}", exception);
            }
        }
        finally
        {
            _moving.TryRemove(tenant.Name, out _);
        }
    }

    /// <summary>The target placement, or a refusal naming the field, before anything is created.</summary>
    private async Task<TenantSettings> PlaceAsync(TenantSettings tenant, TenantMoveRequest request, CancellationToken cancellationToken)
    {
        if (tenant.IsDefault)
        {
            throw TenantValidationException.For("name", "The Default tenant is the SaaS host: its data lives in the host database, which does not move.");
        }

        if (tenant.State is not (TenantState.Running or TenantState.Disabled))
        {
            throw TenantValidationException.For("state", $"Store '{tenant.Name}' is {tenant.State}; only a running or disabled store can be moved.");
        }

        var errors = new ValidationErrors();
        var others = registry.All.Where(t => !string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var placement = new TenantRequest { Name = tenant.Name, Region = request.Region, Tier = request.Tier };
        var target = RegionPlacement.Place(tenant, placement, options.Value, others, errors);
        errors.ThrowIfAny();
        if (SamePlace(factory.ConnectionOf(tenant), factory.ConnectionOf(target)))
        {
            throw TenantValidationException.For("tier", $"Store '{tenant.Name}' is there already: {Describe(tenant)}.");
        }

        errors.Add("region", await TenantDatabaseProvisioner.ProbeAsync(factory.ConnectionOf(target), cancellationToken));
        errors.ThrowIfAny();
        return target;
    }

    /// <summary>The store as it is, where it goes, and both databases (unpooled: the move's connections are its own).</summary>
    private sealed record MovePlan(TenantSettings Tenant, TenantSettings Target, TenantConnection From, TenantConnection To);

    private async Task<TenantMoveResult> CopyAndSwitchAsync(MovePlan plan, IProgress<TenantMoveProgress>? progress, long started, CancellationToken cancellationToken)
    {
        var (tenant, target, from, to) = plan;
        var clock = closing.Clock;
        var (sourceShell, targetShell) = await factory.CreateForMoveAsync(tenant, target, cancellationToken);
        await using var _ = sourceShell;
        await using var __ = targetShell;
        await using var sourceScope = sourceShell.Services.CreateAsyncScope();
        await using var targetScope = targetShell.Services.CreateAsyncScope();
        await using var sourceTables = ShellContextFactory.ShellTables(from);
        await using var targetTables = ShellContextFactory.ShellTables(to);
        var contexts = new List<(DbContext, DbContext)> { (sourceTables, targetTables) };
        contexts.AddRange(sourceScope.ServiceProvider.GetServices<ModuleDbContextRegistration>().Select(r =>
            ((DbContext)sourceScope.ServiceProvider.GetRequiredService(r.ContextType), (DbContext)targetScope.ServiceProvider.GetRequiredService(r.ContextType))));
        var tables = StoreTable.Of(contexts);

        await using var source = await OpenAsync(from, cancellationToken);
        await using var copy = await OpenAsync(to, cancellationToken);
        var done = 0;
        var store = new StoreCopy(tables, source, copy, to.Provider);
        var copied = await store.SyncAsync(table =>
            Report(progress, "copy", 5 + (65 * ++done / tables.Count), $"{table.Table}: {table.SourceRows} rows"), cancellationToken);

        var previous = tenant.State;
        long? closedAt = null;
        try
        {
            if (previous == TenantState.Running)
            {
                Report(progress, "maintenance", 70, $"Closing {tenant.Name} for the switch: it answers 503 with Retry-After meanwhile.");
                closedAt = await closing.CloseAsync(tenant.Name, cancellationToken);
            }

            // With the store closed the source stands still: this pass's read of it is what the copy must equal.
            var caughtUp = await store.SyncAsync(null, cancellationToken);
            var caughtUpRows = caughtUp.Sum(t => t.Inserted + t.Updated + t.Deleted);
            Report(progress, "catch-up", 85, $"{caughtUpRows} rows written during the copy carried over.");

            Report(progress, "verify", 88, $"Comparing the row count and checksum of {tables.Count} tables.");
            var expected = caughtUp.Select(t => new StoreTableChecksum(t.Table, t.SourceRows, t.SourceChecksum)).ToList();
            var actual = await store.TargetChecksumsAsync(cancellationToken);
            Verify(tenant, expected, actual);

            var moved = await registry.UpdateAsync(tenant.Name, t => t with
            {
                DatabaseProvider = target.DatabaseProvider,
                ConnectionString = target.ConnectionString,
                Schema = target.Schema,
                Region = target.Region,
                Tier = target.Tier,
                State = previous,
            }, cancellationToken);
            var unavailable = closedAt is { } closed ? clock.GetElapsedTime(closed) : TimeSpan.Zero;
            closedAt = null;
            Report(progress, "switch", 100, $"{tenant.Name} serves from {Describe(moved)}; the old copy in {Describe(tenant)} is kept.");
            logger.LogInformation("Store {Tenant} moved from {Source} to {Target}: {Rows} rows, closed for {Unavailable:F0} ms",
                tenant.Name, Describe(tenant), Describe(moved), copied.Sum(t => t.SourceRows), unavailable.TotalMilliseconds);
            var caught = caughtUp.ToDictionary(t => t.Table, t => t.Inserted + t.Updated + t.Deleted, StringComparer.Ordinal);
            return new TenantMoveResult(moved, Describe(tenant), Describe(moved),
                [.. actual.Select(t => new TenantMoveTable(t.Table, t.Rows, t.Checksum, caught[t.Table]))],
                copied.Sum(t => t.Inserted + t.Updated + t.Deleted), caughtUpRows, unavailable, clock.GetElapsedTime(started));
        }
        finally
        {
            if (closedAt is not null)
            {
                // Not switched: the store opens again on its old database.
                await closing.ReopenAsync(tenant.Name, previous);
            }
        }
    }

    private static void Verify(TenantSettings tenant, IReadOnlyList<StoreTableChecksum> expected, IReadOnlyList<StoreTableChecksum> actual)
    {
        var copies = actual.ToDictionary(t => t.Table, StringComparer.Ordinal);
        var wrong = expected.Where(e => copies[e.Table].Checksum != e.Checksum)
            .Select(e => $"{e.Table} ({e.Rows} rows in the store, {copies[e.Table].Rows} in the copy, checksums differ)")
            .ToList();
        if (wrong.Count > 0)
        {
            throw new TenantMoveFailedException($"The copy of store '{tenant.Name}' does not match it: {string.Join("; ", wrong)}. "
                + $"The move was undone; the store stays in {Describe(tenant)} and serves from there.");
        }
    }

    private static bool SamePlace(TenantConnection a, TenantConnection b)
    {
        if (a.Provider != b.Provider)
        {
            return false;
        }

        if (a.Provider == DatabaseProvider.Sqlite)
        {
            return string.Equals(Path.GetFullPath(new SqliteConnectionStringBuilder(a.ConnectionString).DataSource),
                Path.GetFullPath(new SqliteConnectionStringBuilder(b.ConnectionString).DataSource), StringComparison.Ordinal);
        }

        var (x, y) = (new NpgsqlConnectionStringBuilder(a.ConnectionString), new NpgsqlConnectionStringBuilder(b.ConnectionString));
        return string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase) && x.Port == y.Port && x.Database == y.Database && a.Schema == b.Schema;
    }

    /// <summary>What is at the target already (a description), or null when nothing is.</summary>
    private static async Task<string?> ExistsAsync(TenantConnection target, CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            return File.Exists(file) ? $"the database file {file}" : null;
        }

        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { SearchPath = null, Pooling = false };
        var database = builder.Database!;
        builder.Database = "postgres";
        await using var server = new NpgsqlConnection(builder.ToString());
        await server.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", database);
        var found = await exists.ExecuteScalarAsync(cancellationToken) is not null;
        if (target.Schema is null || !found)
        {
            return found ? $"database {database} on {builder.Host}:{builder.Port}" : null;
        }

        builder.Database = database;
        await using var shared = new NpgsqlConnection(builder.ToString());
        await shared.OpenAsync(cancellationToken);
        await using var schema = new NpgsqlCommand("SELECT 1 FROM information_schema.schemata WHERE schema_name = @name", shared);
        schema.Parameters.AddWithValue("name", target.Schema);
        return await schema.ExecuteScalarAsync(cancellationToken) is null ? null : $"schema {target.Schema} in database {database} on {builder.Host}:{builder.Port}";
    }

    /// <summary>Removes the target a failed move created: on SQLite only the database file, never the store's folder (its images and index).</summary>
    private async Task DropUnfinishedAsync(TenantConnection target)
    {
        try
        {
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                MigratedDatabases.Forget(target.ConnectionString);
                SqliteConnection.ClearAllPools();
                var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
                foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
                {
                    File.Delete(path);
                }

                return;
            }

            await provisioner.DropAsync(target, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NpgsqlException)
        {
            logger.LogError(exception, "The unfinished copy at {Target} could not be removed", target.Schema ?? target.SqliteFolder);
        }
    }

    private static async Task<DbConnection> OpenAsync(TenantConnection connection, CancellationToken cancellationToken)
    {
        DbConnection opened = connection.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connection.ConnectionString)
            : new NpgsqlConnection(connection.ConnectionString);
        await opened.OpenAsync(cancellationToken);
        return opened;
    }

    /// <summary>Where a store's data is, without credentials: "sqlite file", or the tier, server, database and schema.</summary>
    internal static string Describe(TenantSettings tenant)
    {
        var region = tenant.Region is null ? "" : $" (region {tenant.Region})";
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            return $"a SQLite file on this node{region}";
        }

        var builder = new NpgsqlConnectionStringBuilder(tenant.ConnectionString ?? "");
        var schema = tenant.Schema is null ? "" : $", schema {tenant.Schema}";
        return $"PostgreSQL {builder.Host}:{builder.Port}, database {builder.Database}{schema}{region}";
    }

    private static void Report(IProgress<TenantMoveProgress>? progress, string phase, int percent, string message)
    {
        progress?.Report(new TenantMoveProgress(phase, Math.Clamp(percent, 0, 100), message));
    }
}
