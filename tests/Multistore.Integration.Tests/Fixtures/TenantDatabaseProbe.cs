using Microsoft.Extensions.Options;
using Multistore.Hosting;
using Npgsql;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>Looks at the database server itself: does a tenant's database (SQLite folder or PostgreSQL schema) exist?</summary>
public static class TenantDatabaseProbe
{
    public static async Task<bool> ExistsAsync(MultistoreFactory factory, string tenant)
    {
        if (!TestDatabase.IsPostgres)
        {
            return Directory.Exists(factory.Service<AppDataPaths>().TenantFolder(tenant));
        }

        var connection = factory.Service<IOptions<MultistoreOptions>>().Value.TenantDatabase.ConnectionString;
        await using var postgres = new NpgsqlConnection(connection);
        await postgres.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name = @schema", postgres);
        command.Parameters.AddWithValue("schema", $"tenant_{tenant.ToLowerInvariant().Replace('-', '_')}");
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
