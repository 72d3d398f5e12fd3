using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>Points module DbContexts at one tenant's database.</summary>
internal sealed class TenantDatabase(TenantConnection connection) : ITenantDatabase, IDisposable
{
    public TenantConnection Connection { get; } = connection;

    /// <summary>
    /// Closes the pooled connections of a released shell, so an idle tenant holds no file handles or server
    /// connections, whatever the number of tenants.
    /// </summary>
    public void Dispose()
    {
        if (Connection.Provider == DatabaseProvider.Sqlite)
        {
            using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(Connection.ConnectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(sqlite);
        }
        else
        {
            using var postgres = new Npgsql.NpgsqlConnection(Connection.ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(postgres);
        }
    }

    public void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable)
    {
        switch (Connection.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(Connection.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(Connection.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable, Connection.Schema));
                break;
            default:
                throw new NotSupportedException($"Database provider {Connection.Provider} is not supported.");
        }

        // Migrations are written provider-neutral by hand and have no per-provider model snapshot;
        // the schema tests check every module's tables against its model on both providers instead.
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
