using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

public sealed class TenantsApiTests
{
    private static object CreateBody(string name, string host, string? recipe = "store") => new
    {
        name,
        hosts = new[] { host },
        recipe,
        parameters = new Dictionary<string, string> { ["SiteName"] = "Api Store", ["Culture"] = "fi-FI", ["Currency"] = "EUR" },
    };

    [Fact]
    public async Task CreatesSetsUpDisablesEnablesAndRemovesAStoreThroughTheApi()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var name = TestTenant.NewName();
        var host = $"{name}.test";

        var created = await client.PostAsJsonAsync("api/tenants", CreateBody(name, host));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Running", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        var store = SaasHost.Client(null, host);
        Assert.Equal("Api Store", (await HtmlPage.GetAsync(store, "/")).Heading());

        var again = await client.PostAsJsonAsync("api/tenants", CreateBody(name, host));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var different = await client.PostAsJsonAsync("api/tenants", CreateBody(name, $"other-{host}"));
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);

        var removeRunning = await client.DeleteAsync($"api/tenants/{name}");
        Assert.Equal(HttpStatusCode.BadRequest, removeRunning.StatusCode);
        Assert.Contains("disable it before removing it", await removeRunning.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"api/tenants/{name}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await store.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"api/tenants/{name}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await store.GetAsync("/")).StatusCode);

        await client.PostAsync($"api/tenants/{name}/disable", null);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"api/tenants/{name}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/tenants/{name}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await store.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task RegistersWithoutRecipeThenSetsUpAndEditsHosts()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var created = await client.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var setup = await client.PostAsJsonAsync($"api/tenants/{name}/setup", new { recipe = "store", parameters = new { SiteName = "Later" } });
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);

        var edited = await client.PatchAsJsonAsync($"api/tenants/{name}", new { hosts = new[] { $"{name}.test", $"www.{name}.test" } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Later", (await HtmlPage.GetAsync(SaasHost.Client(null, $"www.{name}.test"), "/")).Heading());
    }

    [Fact]
    public async Task RejectsADuplicateHostAndABadPrefixNamingTheFields()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var first = TestTenant.NewName();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/tenants", new { name = first, hosts = new[] { $"{first}.test" } })).StatusCode);

        var duplicate = await client.PostAsJsonAsync("api/tenants", new { name = TestTenant.NewName(), hosts = new[] { $"{first}.test" } });
        var badPrefix = await client.PostAsJsonAsync("api/tenants", new { name = TestTenant.NewName(), hosts = new[] { $"{first}.test" }, urlPrefix = "Bad Prefix" });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var errors = (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal($"Host '{first}.test' is already used by tenant '{first}'.", errors.GetProperty("hosts")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badPrefix.StatusCode);
        errors = (await badPrefix.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("one path segment", errors.GetProperty("urlPrefix")[0].GetString());
    }

    [Fact]
    public async Task AnswersUnauthorizedWithoutKeyAndForbiddenWithoutPermission()
    {
        await SaasHost.ReadyAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SaasHost.Client(null).GetAsync("api/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SaasHost.Client("msk_not-a-key").GetAsync("api/tenants")).StatusCode);

        var viewer = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("api/tenants")).StatusCode);
        var forbidden = await viewer.PostAsJsonAsync("api/tenants", new { name = TestTenant.NewName(), hosts = new[] { "x.test" } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var apiKeyHeader = SaasHost.Client(null);
        apiKeyHeader.DefaultRequestHeaders.Add("X-Api-Key", await SaasHost.IssueKeyAsync(TenantsPermissions.View));
        Assert.Equal(HttpStatusCode.OK, (await apiKeyHeader.GetAsync("api/tenants")).StatusCode);
    }

    [Fact]
    public async Task AStoreDoesNotServeTheHostsTenantsApi()
    {
        var key = await SaasHost.IssueKeyAsync(TenantsPermissions.View);
        var store = await SaasHost.Factory.CreateTenantAsync("store");

        var response = await SaasHost.Client(key, store.Host).GetAsync("api/tenants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListsTenantsPagedAndSearchable()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View));
        var store = await SaasHost.Factory.CreateTenantAsync("store");

        var page = await client.GetFromJsonAsync<JsonElement>($"api/tenants?search={store.Name}&page=1&pageSize=10");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal(store.Name, item.GetProperty("name").GetString());
        Assert.Equal(nameof(TenantState.Running), item.GetProperty("state").GetString());
        Assert.False(item.TryGetProperty("connectionString", out _));
    }
}
