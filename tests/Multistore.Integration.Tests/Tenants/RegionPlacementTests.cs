using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Tenancy;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Stores created by region and tier (issue 20): the connection comes from the region, so a store in region b writes its
/// orders and catalog to b's server (port 5433) and nothing of it reaches a's (port 5432), as pg_database and
/// information_schema on both servers show. Refusals name the field and the choices, and register nothing.
/// </summary>
[Collection(RegionHostGroup.Name)]
public sealed class RegionPlacementTests(RegionHost regions)
{
    private static readonly JsonElement ShopRecipe = JsonDocument.Parse(CustomerStore.Recipe).RootElement;

    private async Task<HttpClient> ApiAsync() => regions.Client(await regions.IssueKeyAsync(TenantsPermissions.Manage, TenantsPermissions.View));

    private static Task<HttpResponseMessage> CreateAsync(HttpClient api, string name, object placement) =>
        api.PostAsJsonAsync("api/tenants", Merge(new
        {
            name, hosts = new[] { $"{name}.test" }, recipeJson = ShopRecipe,
            parameters = new Dictionary<string, string> { ["SiteName"] = "Region Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" },
        }, placement));

    private static Dictionary<string, JsonElement> Merge(object body, object more)
    {
        var merged = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        foreach (var property in JsonSerializer.SerializeToElement(more).EnumerateObject())
        {
            merged[property.Name] = property.Value;
        }

        return merged;
    }

    /// <summary>Nothing of the store on server A: no database named for it, no schema for it in the host's or region a's shared database.</summary>
    private async Task AssertNothingOnServerAAsync(string name)
    {
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerA, name));
        Assert.Empty(await RegionHost.SchemasAsync(RegionHost.ServerA, regions.HostDatabase, name));
        Assert.Empty(await RegionHost.SchemasAsync(RegionHost.ServerA, regions.SharedDatabaseA, name));
    }

    private async Task AssertNothingCreatedAsync(string name)
    {
        Assert.Null(regions.Factory.Service<TenantRegistry>().Find(name));
        await AssertNothingOnServerAAsync(name);
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
        Assert.Empty(await RegionHost.SchemasAsync(RegionHost.ServerB, regions.SharedDatabaseB, name));
    }

    [Fact]
    public async Task AStoreInRegionBWritesItsOrdersToRegionBsServerAndNothingToRegionAs()
    {
        var api = await ApiAsync();
        var name = regions.NewStore();

        var created = await CreateAsync(api, name, new { region = "b", tier = "database" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("b", dto.GetProperty("region").GetString());
        Assert.Equal("database", dto.GetProperty("tier").GetString());
        var shopper = new TestTenant(regions.Factory, name, $"{name}.test", null).CreateClient();
        var number = (await CustomerStore.BuyAsync(shopper, "region-b-1")).GetProperty("number").GetString()!;

        Assert.Equal([$"multistore_{name}"], await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
        Assert.Equal(["1"], await RegionHost.QueryAsync(RegionHost.ServerB, $"multistore_{name}", "SELECT count(*) FROM \"Orders\" WHERE \"Number\" = @part", number));
        Assert.Equal(["LAMP"], await RegionHost.QueryAsync(RegionHost.ServerB, $"multistore_{name}", "SELECT \"Sku\" FROM \"Products\" WHERE \"Sku\" = @part", "LAMP"));
        await AssertNothingOnServerAAsync(name);
        var shown = await api.GetFromJsonAsync<JsonElement>($"api/tenants/{name}");
        Assert.Equal(("b", "database"), (shown.GetProperty("region").GetString(), shown.GetProperty("tier").GetString()));
    }

    [Fact]
    public async Task AStoreOnTheSchemaTierOfRegionBGetsASchemaInBsSharedDatabaseOnly()
    {
        var api = await ApiAsync();
        var name = regions.NewStore();

        var created = await CreateAsync(api, name, new { region = "B", tier = "Schema" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("b", "schema"), (dto.GetProperty("region").GetString(), dto.GetProperty("tier").GetString()));
        Assert.Equal([$"tenant_{name}"], await RegionHost.SchemasAsync(RegionHost.ServerB, regions.SharedDatabaseB, name));
        Assert.Equal(["LAMP"], await RegionHost.QueryAsync(RegionHost.ServerB, regions.SharedDatabaseB,
            $"SELECT \"Sku\" FROM \"tenant_{name}\".\"Products\" WHERE \"Sku\" = @part", "LAMP"));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerB, $"multistore_{name}"));
        await AssertNothingOnServerAAsync(name);
    }

    [Fact]
    public async Task TheServerTierTakesTheRegionsFreeDedicatedServerAndRefusesWhenNoneIsLeft()
    {
        var api = await ApiAsync();
        var first = regions.NewStore();
        var second = regions.NewStore();

        var created = await CreateAsync(api, first, new { region = "b", tier = "server" });
        var refused = await CreateAsync(api, second, new { region = "b", tier = "server" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("server", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tier").GetString());
        Assert.Equal([$"multistore_{first}"], await RegionHost.DatabasesAsync(RegionHost.ServerB, first));
        await AssertNothingOnServerAAsync(first);
        Assert.Contains("Every dedicated server of region 'b' holds a store already", Assert.Single(await ErrorsAsync(refused, "tier")));
        await AssertNothingCreatedAsync(second);
    }

    [Fact]
    public async Task UnknownRegionsAndTiersTiersARegionCannotHoldAndSqliteOnAFarmAreRefusedNamingTheChoices()
    {
        var api = await ApiAsync();
        var cases = new (object Placement, string Field, string[] Says)[]
        {
            (new { region = "nowhere", tier = "database" }, "region", ["There is no region 'nowhere'", "'a', 'b', 'c'"]),
            (new { region = "b;Host=127.0.0.1;Port=5432", tier = "database" }, "region", ["There is no region 'b;Host=127.0.0.1;Port=5432'"]),
            (new { region = "../b", tier = "database" }, "region", ["There is no region '../b'"]),
            (new { region = "b\u0000", tier = "database" }, "region", ["There is no region 'b?'"]),
            (new { region = " b", tier = "database" }, "region", ["There is no region ' b'"]),
            (new { region = "b", tier = "cluster" }, "tier", ["There is no tier 'cluster'", "'sqlite', 'schema', 'database', 'server'"]),
            (new { region = "b" }, "tier", ["Name the store's tier"]),
            (new { tier = "database" }, "region", ["name the region", "'a', 'b', 'c'"]),
            (new { region = "c", tier = "database" }, "tier", ["Region 'c' cannot hold tier 'database'", "Multistore:Regions:c:ConnectionString"]),
            (new { region = "a", tier = "server" }, "tier", ["Region 'a' cannot hold tier 'server'", "'schema', 'database'"]),
            (new { region = "a", tier = "sqlite" }, "tier", ["this host is a farm", "choose 'schema', 'database'"]),
        };

        foreach (var (placement, field, says) in cases)
        {
            var name = regions.NewStore();
            var response = await CreateAsync(api, name, placement);

            var message = Assert.Single(await ErrorsAsync(response, field));
            Assert.All(says, part => Assert.Contains(part, message, StringComparison.Ordinal));
            await AssertNothingCreatedAsync(name);
        }
    }

    [Fact]
    public async Task ATypedConnectionStringToAnotherRegionsServerIsRefusedWhenTheRequestNamesRegionA()
    {
        var api = await ApiAsync();
        var name = regions.NewStore();

        var response = await CreateAsync(api, name, new
        {
            region = "a", tier = "database", databaseProvider = "Postgres",
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(RegionHost.ServerB) { Database = $"multistore_{name}" }.ToString(),
        });

        Assert.Contains("gets its database from the region's configuration", Assert.Single(await ErrorsAsync(response, "connectionString")));
        await AssertNothingCreatedAsync(name);
    }

    [Fact]
    public async Task ATypedConnectionStringToARegionsServerThatTheHostDoesNotNameIsRefusedWithoutARegionToo()
    {
        var api = await ApiAsync();
        var name = regions.NewStore();

        var response = await CreateAsync(api, name, new
        {
            databaseProvider = "Postgres",
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(RegionHost.ServerB) { Database = $"multistore_{name}" }.ToString(),
        });

        Assert.Contains("Server '127.0.0.1:5433' is not one of the host's database servers", Assert.Single(await ErrorsAsync(response, "connectionString")));
        await AssertNothingCreatedAsync(name);
    }

    [Fact]
    public async Task RepeatingACreateAnswersWithTheStoreOnlyWhenItNamesTheSameRegionAndTier()
    {
        var api = await ApiAsync();
        var name = regions.NewStore();
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(api, name, new { region = "b", tier = "schema" })).StatusCode);

        var again = await CreateAsync(api, name, new { region = "b", tier = "schema" });
        var elsewhere = await CreateAsync(api, name, new { region = "a", tier = "schema" });
        var otherTier = await CreateAsync(api, name, new { region = "b", tier = "database" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherTier.StatusCode);
        Assert.Equal([$"tenant_{name}"], await RegionHost.SchemasAsync(RegionHost.ServerB, regions.SharedDatabaseB, name));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
        await AssertNothingOnServerAAsync(name);
    }

    [Fact]
    public async Task AStoreDeclaredInConfigurationIsCreatedInItsRegionAndTier()
    {
        var tenant = await SaasHost.WaitForAsync(regions.Factory, regions.ConfiguredStore, TenantState.Running, seconds: 180);

        Assert.Equal(("b", "schema"), (tenant!.Region, tenant.Tier));
        Assert.Equal([$"tenant_{regions.ConfiguredStore}"], await RegionHost.SchemasAsync(RegionHost.ServerB, regions.SharedDatabaseB, regions.ConfiguredStore));
        await AssertNothingOnServerAAsync(regions.ConfiguredStore);
    }

    private static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error on {field}: {body}");
        return [.. messages.EnumerateArray().Select(e => e.GetString()!)];
    }
}
