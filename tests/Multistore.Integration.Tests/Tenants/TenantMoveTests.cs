using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants;
using Multistore.Tenants.CommandLine;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Moving a store between tiers and regions (issue 20) while a buyer keeps ordering through the API: from its SQLite file
/// to a database of its own in region a, then to region b's server. Every order the buyer was told about is in the final
/// database exactly once; a move whose copy does not match is undone and the store keeps selling where it was.
/// </summary>
public sealed class TenantMoveTests(MoveHost host) : IClassFixture<MoveHost>
{
    [Fact]
    public async Task AStoreMovesFromSqliteToRegionAAndOnToRegionBWhileABuyerOrdersAndEveryOrderArrivesOnce()
    {
        var store = await host.StoreAsync();
        var api = await host.ApiAsync(TenantsPermissions.Manage, TenantsPermissions.View);
        var buyer = new Buyer(store, "a");
        var steady = new Buyer(store, "b"); // another app, with its own cookies, buying all the time
        await buyer.BuyAsync(2);
        using var stop = new CancellationTokenSource();
        var buying = steady.KeepBuyingAsync(stop.Token);

        var toA = await MoveAsync(api, store.Name, new { region = "a", tier = "database" });
        await buyer.BuyAsync(2);
        var toB = await MoveAsync(api, store.Name, new { region = "b", tier = "database" });
        await buyer.BuyAsync(2);
        await stop.CancelAsync();
        await buying;

        Assert.Contains($"database multistore_{store.Name}", toA.GetProperty("to").GetString());
        Assert.StartsWith("a SQLite file", toA.GetProperty("from").GetString());
        Assert.Contains("region b", toB.GetProperty("to").GetString());
        var orders = toB.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Orders");
        Assert.True(orders.GetProperty("rows").GetInt64() >= 4);
        var numbers = await RegionHost.QueryAsync(RegionHost.ServerB, $"multistore_{store.Name}", "SELECT \"Number\" FROM \"Orders\" WHERE @part = @part", "x");
        Assert.Equal(buyer.Numbers.Concat(steady.Numbers).Order(StringComparer.Ordinal), numbers.Order(StringComparer.Ordinal));
        var shown = await api.GetFromJsonAsync<JsonElement>($"api/tenants/{store.Name}");
        Assert.Equal(("b", "database", "Running"), (shown.GetProperty("region").GetString(), shown.GetProperty("tier").GetString(), shown.GetProperty("state").GetString()));

        // The old copies are kept until the operator removes them.
        Assert.Equal([$"multistore_{store.Name}"], await RegionHost.DatabasesAsync(RegionHost.ServerA, store.Name));
        Assert.True(File.Exists(Path.Combine(host.Factory.AppData, "Sites", store.Name, "store.db")));
    }

    [Fact]
    public async Task AMoveWhoseCopyDoesNotMatchTheStoreIsUndoneAndTheStoreKeepsSellingFromItsFile()
    {
        var store = await host.StoreAsync();
        var buyer = new Buyer(store);
        await buyer.BuyAsync(1);
        // Something writes into the new database behind the move's back, after the catch-up and before the comparison.
        var forger = new ForgeOnVerify($"multistore_{store.Name}");

        var failed = await Assert.ThrowsAsync<TenantMoveFailedException>(() =>
            host.Factory.Service<ITenantMoves>().MoveAsync(store.Name, new TenantMoveRequest("a", "database"), forger, CancellationToken.None));

        Assert.True(forger.Forged, failed.Message);
        Assert.Contains("ShellFeatures", failed.Message);
        Assert.Contains("undone", failed.Message);
        var tenant = host.Factory.Service<TenantRegistry>().Find(store.Name)!;
        Assert.Equal((DatabaseProvider.Sqlite, TenantState.Running, null), (tenant.DatabaseProvider, tenant.State, tenant.Region));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerA, store.Name));
        await buyer.BuyAsync(1);
        Assert.Equal(2, buyer.Numbers.Count);
    }

    [Fact]
    public async Task MovesThatCannotBeDoneAreRefusedNamingTheFieldAndChangeNothing()
    {
        var store = await host.StoreAsync();
        var api = await host.ApiAsync(TenantsPermissions.Manage, TenantsPermissions.View);

        var host_ = await api.PostAsJsonAsync($"api/tenants/{TenantSettings.DefaultName}/move", new { region = "a", tier = "database" });
        var unknown = await api.PostAsJsonAsync($"api/tenants/{store.Name}/move", new { region = "zz", tier = "database" });
        var there = await api.PostAsJsonAsync($"api/tenants/{store.Name}/move", new { tier = "sqlite" });
        var noRegion = await api.PostAsJsonAsync($"api/tenants/{store.Name}/move", new { tier = "schema" });
        var viewer = await (await host.ApiAsync(TenantsPermissions.View)).PostAsJsonAsync($"api/tenants/{store.Name}/move", new { region = "a", tier = "database" });

        await AssertRefusedAsync(host_, "name", "SaaS host");
        await AssertRefusedAsync(unknown, "region", "'zz'");
        await AssertRefusedAsync(there, "tier", "there already");
        await AssertRefusedAsync(noRegion, "region", "name the region");
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(DatabaseProvider.Sqlite, host.Factory.Service<TenantRegistry>().Find(store.Name)!.DatabaseProvider);
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerA, store.Name));
    }

    [Fact]
    public async Task TheHostAdminMovesAStoreFromItsPageAndSeesWhereItIsNow()
    {
        var store = await host.StoreAsync();
        var admin = await HostAdminSession.SignInAsync(host.Factory);
        var page = $"admin/tenants/{store.Name}/edit";
        Assert.Contains("b (tiers: sqlite, schema, database)", HtmlPage.Parse(await admin.Client.GetStringAsync(page)).Texts("select#MoveRegion option"));

        var refused = await admin.PostAsync(page, new() { ["Region"] = "b", ["Tier"] = "server" }, $"admin/tenants/{store.Name}/move");
        var moved = await admin.PostAsync(page, new() { ["Region"] = "b", ["Tier"] = "schema" }, $"admin/tenants/{store.Name}/move");

        Assert.Contains("cannot hold tier 'server'", Assert.Single(HostAdminSession.FieldErrors(await refused.Content.ReadAsStringAsync(), "MoveTier")));
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        var after = HtmlPage.Parse(await admin.Client.GetStringAsync(page));
        Assert.Equal("Region: b · tier: schema", Assert.Single(after.Texts("p#placement")));
        Assert.Equal([$"tenant_{store.Name}"], await RegionHost.SchemasAsync(RegionHost.ServerB, host.SharedDatabaseB, store.Name));
        Assert.Equal(HttpStatusCode.OK, (await store.CreateClient().GetAsync("/api/storefront/v1/products/lampe")).StatusCode);
    }

    [Fact]
    public async Task TheCommandLineBesideTheRunningHostMovesAStoreShowingEachStep()
    {
        var store = await host.StoreAsync();
        var output = new StringWriter();

        var exit = await TenantsCommandLine.RunAsync(["tenants", "move", store.Name, "--tier", "schema", "--region", "a"], host.Settings, output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("] 100% switch", text);
        Assert.Contains($"Store '{store.Name}' moved from a SQLite file on this node to PostgreSQL", text);
        Assert.Equal([$"tenant_{store.Name}"], await RegionHost.SchemasAsync(RegionHost.ServerA, host.SharedDatabaseA, store.Name));
        // The running host notices the change (its registry poll) and serves the store from its new home.
        var registry = host.Factory.Service<TenantRegistry>();
        for (var polls = 0; registry.Find(store.Name)!.DatabaseProvider != DatabaseProvider.Postgres && polls < 600; polls++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(("a", TenantState.Running), (registry.Find(store.Name)!.Region, registry.Find(store.Name)!.State));
        Assert.Equal(HttpStatusCode.OK, (await store.CreateClient().GetAsync("/api/storefront/v1/products/lampe")).StatusCode);
    }

    private static async Task<JsonElement> MoveAsync(HttpClient api, string name, object target)
    {
        var response = await api.PostAsJsonAsync($"api/tenants/{name}/move", target);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string says)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(says, errors.GetProperty(field)[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Buys lamps through the Storefront API, retrying a request the store answers with 503 (moving) as an app would, with the same idempotency key.</summary>
    private sealed class Buyer(TestTenant store, string name = "a")
    {
        private readonly HttpClient _client = store.Factory.CreateDefaultClient(store.BaseAddress, new RetryWhileMoving());
        private int _next;

        public ConcurrentBag<string> Numbers { get; } = [];

        public async Task BuyAsync(int orders)
        {
            for (var i = 0; i < orders; i++)
            {
                var placed = await CustomerStore.BuyAsync(_client, $"move-{store.Name}-{name}-{Interlocked.Increment(ref _next)}");
                Numbers.Add(placed.GetProperty("number").GetString()!);
            }
        }

        public async Task KeepBuyingAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                await BuyAsync(1);
            }
        }
    }

    private sealed class RetryWhileMoving : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 600)
                {
                    return response;
                }

                Assert.True(response.Headers.RetryAfter is not null, "a 503 while moving says when to come back");
                response.Dispose();
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>Writes a row into the new database when the move reports that it verifies the copy.</summary>
    private sealed class ForgeOnVerify(string database) : IProgress<TenantMoveProgress>
    {
        public bool Forged { get; private set; }

        public void Report(TenantMoveProgress value)
        {
            if (value.Phase != "verify")
            {
                return;
            }

            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(RegionHost.ServerA) { Database = database, Pooling = false }.ToString());
            connection.Open();
            using var command = new NpgsqlCommand("INSERT INTO \"ShellFeatures\" (\"FeatureId\", \"EnabledUtc\") VALUES ('Forged.Feature', now())", connection);
            command.ExecuteNonQuery();
            Forged = true;
        }
    }
}
