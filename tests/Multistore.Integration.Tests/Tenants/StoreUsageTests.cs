using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenants;
using Multistore.Tenants.Services;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// The host admin's usage page and <c>GET /api/usage</c> rank the stores by their share of the node: a store that floods
/// (past its quota, so most of its requests are 429s) is on top, above a quiet one, with its 429s counted. Only the
/// host's operators see it: no key is 401, a key without metrics.view 403, and a store's own admin finds no such page.
/// </summary>
public sealed class StoreUsageTests : IAsyncLifetime
{
    private const int Quota = 5;
    private const int Flood = 30;
    private MultistoreFactory _host = null!;

    public Task InitializeAsync()
    {
        // A host of its own: the shared SaaS host serves every other test's stores too, and its ranking is theirs.
        // An hour's quota window: the test counts requests, not seconds.
        var settings = SaasHost.Declaring(SaasHost.HostName);
        settings["Multistore:Quotas:Requests"] = Quota.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Multistore:Quotas:Window"] = "01:00:00";
        _host = new MultistoreFactory(settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AFloodingStoreIsRankedAboveAQuietOneWithItsRefusalsCountedAndOnlyTheHostSeesIt()
    {
        await SaasHost.WaitForAsync(_host, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        var flooding = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Flooding Goods"));
        var quiet = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Quiet Goods"));

        // The quiet store's own administrator: signed in on the store, there is no usage page and no usage API for them.
        var storeAdmin = new AdminSession(quiet);
        Assert.Equal(HttpStatusCode.Redirect, (await storeAdmin.SignInAsync("owner@example.com")).StatusCode);
        var storeAdminPage = await storeAdmin.Client.GetAsync("admin/tenants/usage");
        var storeApi = await quiet.CreateClient().GetAsync("api/usage");

        var shopper = flooding.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < Flood; i++)
        {
            answers.Add((await shopper.GetAsync("products/harbour-cap")).StatusCode);
        }

        var api = await Client(await IssueKeyAsync(TenantsPermissions.MetricsView)).GetAsync("api/usage");
        var anonymous = await Client(null).GetAsync("api/usage");
        var withoutPermission = await Client(await IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage)).GetAsync("api/usage");
        var admin = await HostAdminSession.SignInAsync(_host);
        var page = await HtmlPage.GetAsync(admin.Client, "admin/tenants/usage");
        var byRefusals = await HtmlPage.GetAsync(admin.Client, "admin/tenants/usage?sort=refused");

        Assert.Equal(Flood - Quota, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var stores = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var first = stores[0];
        Assert.Equal(flooding.Name, first.GetProperty("store").GetString());
        Assert.Equal(Flood, first.GetProperty("lastHour").GetProperty("requests").GetInt64());
        Assert.Equal(Flood - Quota, first.GetProperty("lastHour").GetProperty("refused").GetInt64());
        Assert.Equal(0, first.GetProperty("lastHour").GetProperty("errors").GetInt64());
        Assert.Equal(Flood, first.GetProperty("lastDay").GetProperty("requests").GetInt64());
        Assert.Equal(60, first.GetProperty("lastHour").GetProperty("series").GetArrayLength());
        Assert.Equal(24, first.GetProperty("lastDay").GetProperty("series").GetArrayLength());
        Assert.True(first.GetProperty("databaseBytes").GetInt64() > 0, first.ToString());
        var quietRow = Assert.Single(stores, s => s.GetProperty("store").GetString() == quiet.Name);
        Assert.True(quietRow.GetProperty("lastHour").GetProperty("share").GetDouble() < first.GetProperty("lastHour").GetProperty("share").GetDouble());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutPermission.StatusCode);
        Assert.Contains("metrics.view", await withoutPermission.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, storeAdminPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, storeApi.StatusCode);

        var rows = page.All("#usage tbody tr");
        Assert.Equal(flooding.Name, rows[0].GetAttribute("data-store"));
        Assert.Contains(rows, r => r.GetAttribute("data-store") == quiet.Name);
        Assert.Equal((Flood - Quota).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[0].QuerySelector("[data-column=refused]")!.TextContent.Trim());
        Assert.Contains($"{Flood} requests in the last hour", rows[0].QuerySelector("svg.usage-chart title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Share (hour)", page.Text("th[aria-sort=descending]"));
        Assert.Equal("429s", byRefusals.Text("th[aria-sort=descending]"));
        Assert.Equal(flooding.Name, byRefusals.All("#usage tbody tr")[0].GetAttribute("data-store"));
    }

    private async Task<string> IssueKeyAsync(params string[] permissions)
    {
        var shell = await _host.Service<ShellHost>().GetAsync(_host.Service<TenantRegistry>().Find(TenantSettings.DefaultName)!);
        await using var scope = shell.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("usage", permissions, CancellationToken.None)).Secret;
    }

    private HttpClient Client(string? key)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/") });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }
}
