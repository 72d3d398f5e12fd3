using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Multistore.Data;

/// <summary>
/// Runs a context's migrations with the database to itself across the farm's nodes: two nodes that start together, or
/// build the same new store's shell together, would otherwise both create the same tables (and one fail half-way). On
/// PostgreSQL a session advisory lock (DistributedLock.Postgres) per database, schema and context is held while
/// migrating, and the loser then finds nothing pending; SQLite is one node's file and locks itself.
/// </summary>
internal static class MigrationLock
{
    public static async Task MigrateAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!context.Database.IsNpgsql())
        {
            await context.Database.MigrateAsync(cancellationToken);
            return;
        }

        var connection = new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString());
        var key = new PostgresAdvisoryLockKey($"multistore-migrate:{connection.Database}:{connection.SearchPath}:{context.GetType().FullName}", allowHashing: true);
        var gate = new PostgresDistributedLock(key, TenantDatabaseProvisioner.WithoutSearchPath(connection.ConnectionString));
        await using (await gate.AcquireAsync(cancellationToken: cancellationToken))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
