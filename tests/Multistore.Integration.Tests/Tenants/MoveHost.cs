using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenants.Services;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// A single-node SaaS host on SQLite (whatever the leg's database) with two regions: 'a' on the test server (port 5432)
/// and 'b' on the second server (port 5433), so a store can move from its SQLite file to its own database in a, and on to
/// b. Disposing drops every database the moves made.
/// </summary>
public sealed class MoveHost : IDisposable
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly ConcurrentBag<string> _stores = [];

    public MoveHost()
    {
        var appData = Path.Combine(Path.GetTempPath(), "multistore-tests", _id);
        var settings = new Dictionary<string, string?>(SaasHost.Declaring(SaasHost.HostName))
        {
            // The PostgreSQL leg's host settings are replaced: this host is a single node on SQLite.
            ["Multistore:HostDatabase:Provider"] = "Sqlite",
            ["Multistore:HostDatabase:ConnectionString"] = $"Data Source={Path.Combine(appData, "host.db")};Default Timeout=30",
            ["Multistore:TenantDatabase:Provider"] = "Sqlite",
            ["Multistore:TenantDatabase:SchemaPerTenant"] = "false",
            ["Multistore:Regions:a:ConnectionString"] = RegionHost.ServerA,
            ["Multistore:Regions:a:SharedDatabase"] = SharedDatabaseA,
            ["Multistore:Regions:b:ConnectionString"] = RegionHost.ServerB,
            ["Multistore:Regions:b:SharedDatabase"] = SharedDatabaseB,
        };
        Directory.CreateDirectory(appData);
        Settings = settings;
        settings["Multistore:AppDataPath"] = appData;
        Factory = new MultistoreFactory(settings, appData);
        _ = Factory.Server;
    }

    /// <summary>The host's configuration, for a command line run beside it (its app data is the factory's own).</summary>
    public Dictionary<string, string?> Settings { get; }

    public string SharedDatabaseA => $"mst_{_id}_a";

    public string SharedDatabaseB => $"mst_{_id}_b";

    public MultistoreFactory Factory { get; }

    /// <summary>A store that sells through the API (<see cref="CustomerStore"/>) on SQLite, with databases dropped with the host.</summary>
    public async Task<TestTenant> StoreAsync()
    {
        await SaasHost.WaitForAsync(Factory, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        // Stock for every order a buyer places while the store moves (the shared recipe has 50 lamps).
        var recipe = CustomerStore.Recipe.Replace("\"onHand\": 50", "\"onHand\": 1000000", StringComparison.Ordinal);
        Assert.NotEqual(CustomerStore.Recipe, recipe);
        var store = await Factory.CreateTenantFromJsonAsync(recipe,
            new Dictionary<string, string> { ["SiteName"] = "Moving Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" });
        _stores.Add(store.Name);
        return store;
    }

    public async Task<HttpClient> ApiAsync(params string[] permissions)
    {
        var tenant = await SaasHost.WaitForAsync(Factory, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        var shell = await Factory.Service<ShellHost>().GetAsync(tenant!);
        await using var scope = shell.Services.CreateAsyncScope();
        var key = (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("moves", permissions, CancellationToken.None)).Secret;
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/") });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public void Dispose()
    {
        Factory.Dispose();
        NpgsqlConnection.ClearAllPools();
        RegionHost.DropOnBothServers(_stores.Select(s => $"multistore_{s}").Append(SharedDatabaseA).Append(SharedDatabaseB));
    }
}
