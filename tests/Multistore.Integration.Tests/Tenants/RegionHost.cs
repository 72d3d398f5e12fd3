using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenants.Services;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// A farm-mode SaaS host (host database on PostgreSQL) with three regions: 'a' on the test server (port 5432), 'b' on the
/// second server (port 5433, with one dedicated server spelled 'localhost'), and 'c' with no server at all. It declares one
/// store in configuration, in region b on the schema tier. Disposing drops every database the regions got.
/// </summary>
public sealed class RegionHost : IDisposable
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly string _host = TestDatabase.CreatePostgresDatabase();
    private readonly ConcurrentBag<string> _stores = [];

    public RegionHost()
    {
        ConfiguredStore = $"cfg{_id}";
        Settings = new Dictionary<string, string?>(SaasHost.Declaring(SaasHost.HostName))
        {
            ["Multistore:HostDatabase:Provider"] = "Postgres",
            ["Multistore:HostDatabase:ConnectionString"] = _host,
            ["Multistore:TenantDatabase:Provider"] = "Postgres",
            ["Multistore:TenantDatabase:ConnectionString"] = _host,
            ["Multistore:TenantDatabase:SchemaPerTenant"] = "true",
            ["Multistore:Regions:a:ConnectionString"] = ServerA,
            ["Multistore:Regions:a:SharedDatabase"] = SharedDatabaseA,
            ["Multistore:Regions:a:Nodes:0"] = "node-a1",
            ["Multistore:Regions:b:ConnectionString"] = ServerB,
            ["Multistore:Regions:b:SharedDatabase"] = SharedDatabaseB,
            ["Multistore:Regions:b:DedicatedServers:0"] = new NpgsqlConnectionStringBuilder(ServerB) { Host = "localhost" }.ToString(),
            ["Multistore:Regions:b:Nodes:0"] = "node-b1",
            ["Multistore:Regions:c:Nodes:0"] = "node-c1",
            ["Multistore:Tenants:1:Name"] = ConfiguredStore,
            ["Multistore:Tenants:1:Hosts:0"] = $"{ConfiguredStore}.test",
            ["Multistore:Tenants:1:Recipe"] = "store",
            ["Multistore:Tenants:1:Region"] = "b",
            ["Multistore:Tenants:1:Tier"] = "schema",
            ["Multistore:Tenants:1:Parameters:AdminPassword"] = MultistoreFactory.AdminPassword,
        };
        Factory = new MultistoreFactory(Settings);
        _ = Factory.Server;
        Remember(ConfiguredStore);
    }

    public static string ServerA => new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = null }.ToString();

    public static string ServerB => new NpgsqlConnectionStringBuilder(TestDatabase.SecondPostgresServer) { Database = null }.ToString();

    public string SharedDatabaseA => $"mst_{_id}_a";

    public string SharedDatabaseB => $"mst_{_id}_b";

    public string HostDatabase => new NpgsqlConnectionStringBuilder(_host).Database!;

    public string ConfiguredStore { get; }

    public Dictionary<string, string?> Settings { get; }

    public MultistoreFactory Factory { get; }

    /// <summary>A store name this host may create databases for (dropped with the host).</summary>
    public string NewStore() => Remember(TestTenant.NewName());

    public async Task<string> IssueKeyAsync(params string[] permissions)
    {
        var tenant = await SaasHost.WaitForAsync(Factory, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        var shell = await Factory.Service<ShellHost>().GetAsync(tenant!);
        await using var scope = shell.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("regions", permissions, CancellationToken.None)).Secret;
    }

    public HttpClient Client(string? key, string host = SaasHost.HostName)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/") });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>The server's databases whose name contains <paramref name="part"/>.</summary>
    public static async Task<IReadOnlyList<string>> DatabasesAsync(string server, string part) =>
        await QueryAsync(server, "postgres", "SELECT datname FROM pg_database WHERE strpos(datname, @part) > 0", part);

    /// <summary>The database's schemas whose name contains <paramref name="part"/> (none when the database does not exist).</summary>
    public static async Task<IReadOnlyList<string>> SchemasAsync(string server, string database, string part) =>
        (await DatabasesAsync(server, database)).Contains(database)
            ? await QueryAsync(server, database, "SELECT schema_name FROM information_schema.schemata WHERE strpos(schema_name, @part) > 0", part)
            : [];

    /// <summary>The first column of a query with one text parameter @part.</summary>
    public static async Task<IReadOnlyList<string>> QueryAsync(string server, string database, string sql, string part)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("part", part);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }

    public void Dispose()
    {
        Factory.Dispose();
        NpgsqlConnection.ClearAllPools();
        DropOnBothServers(_stores.Select(s => $"multistore_{s}").Append(SharedDatabaseA).Append(SharedDatabaseB));
        TestDatabase.DropPostgresDatabase(_host);
    }

    /// <summary>Drops the named databases on both test servers, where they exist.</summary>
    public static void DropOnBothServers(IEnumerable<string> databases)
    {
        var names = databases.ToList();
        foreach (var server in new[] { ServerA, ServerB })
        {
            foreach (var database in names)
            {
                using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
                connection.Open();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection) { CommandTimeout = 300 };
                command.ExecuteNonQuery();
            }
        }
    }

    private string Remember(string name)
    {
        _stores.Add(name);
        return name;
    }
}
