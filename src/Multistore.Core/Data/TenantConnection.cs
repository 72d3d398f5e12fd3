using Microsoft.Data.Sqlite;
using Npgsql;
using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>Where one tenant's database is: provider, connection string and (PostgreSQL) schema.</summary>
public sealed record TenantConnection(DatabaseProvider Provider, string ConnectionString, string? Schema, string? SqliteFolder)
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
        if (tenant.Schema is not null)
        {
            builder.SearchPath = tenant.Schema;
        }

        return new TenantConnection(DatabaseProvider.Postgres, builder.ToString(), tenant.Schema, null);
    }
}
