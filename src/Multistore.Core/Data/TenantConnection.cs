using Microsoft.Data.Sqlite;
using Npgsql;
using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>Where one tenant's database is: provider, connection string and (PostgreSQL) schema.</summary>
internal sealed record TenantConnection(DatabaseProvider Provider, string ConnectionString, string? Schema, string? SqliteFolder)
{
    public static TenantConnection For(TenantSettings tenant, string appDataPath)
    {
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(appDataPath, "Sites", tenant.Name);
            var connection = tenant.ConnectionString ?? new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(folder, "store.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            return new TenantConnection(DatabaseProvider.Sqlite, connection, null, folder);
        }

        if (string.IsNullOrWhiteSpace(tenant.ConnectionString))
        {
            throw new InvalidOperationException($"Tenant '{tenant.Name}' is on PostgreSQL but has no connection string.");
        }

        var builder = new NpgsqlConnectionStringBuilder(tenant.ConnectionString);

        // Every tenant has a pool of its own: keep each small and let idle connections go soon, so a server
        // shared by many tenants is not exhausted by connections nobody uses (released shells clear theirs). A store
        // without shoppers still runs background rounds every 30 s or more: its connection goes between them.
        if (!tenant.ConnectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = 20;
        }

        if (!tenant.ConnectionString.Contains("Connection Idle Lifetime", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionIdleLifetime = 10;
            builder.ConnectionPruningInterval = 5;
        }

        if (tenant.Schema is not null)
        {
            builder.SearchPath = tenant.Schema;
        }

        return new TenantConnection(DatabaseProvider.Postgres, builder.ToString(), tenant.Schema, null);
    }

    /// <summary>
    /// The same database without a pool: for reading a store that may not be running (the fleet's drift, a template's
    /// impact) without leaving a pool open per store, and without clearing the pool a running store's shell uses.
    /// </summary>
    public TenantConnection Unpooled() => Provider == DatabaseProvider.Sqlite
        ? this with { ConnectionString = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString() }
        : this with { ConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString() };
}
