using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>Points module DbContexts at one tenant's database.</summary>
public sealed class TenantDatabase(TenantConnection connection) : ITenantDatabase
{
    public TenantConnection Connection { get; } = connection;

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
