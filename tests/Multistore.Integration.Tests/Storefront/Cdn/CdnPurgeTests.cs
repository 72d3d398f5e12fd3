using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Caching;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Integration.Tests.Storefront.Cdn;

/// <summary>
/// With a CDN purge address in the host's configuration, every eviction of a store's pages reaches the CDN as a purge
/// of that store's surrogate key, and only of that store's; a CDN that is down never fails the change.
/// </summary>
public sealed class CdnPurgeTests : IAsyncLifetime
{
    private FakeCdn _cdn = null!;
    private MultistoreFactory _host = null!;

    public async Task InitializeAsync()
    {
        _cdn = await FakeCdn.StartAsync();
        _host = new MultistoreFactory(new Dictionary<string, string?> { ["Multistore:Cdn:PurgeUrl"] = _cdn.PurgeUrl });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _cdn.DisposeAsync();
    }

    [Fact]
    public async Task PriceChangePurgesThePagesShowingItInThatStoreOnly()
    {
        var store = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        var neighbour = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Twin"));
        var page = await store.CreateClient().GetAsync("products/harbour-cap");
        await neighbour.CreateClient().GetAsync("products/harbour-cap");
        var before = _cdn.Purged.Count;

        await SetCapPriceAsync(store, 19.5m);

        Assert.Equal(TimeSpan.FromMinutes(10), page.Headers.CacheControl!.SharedMaxAge);
        Assert.Contains($"{store.Name}/sku:CAP-1", CdnStore.SurrogateKeysOf(page));
        Assert.True(await _cdn.WasPurgedAsync($"{store.Name}/sku:CAP-1"), "The CDN is told to drop the pages showing the changed price.");
        Assert.All(_cdn.PurgedAfter(before), key => Assert.StartsWith(store.Name + "/", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASettingsSavePurgesEveryPageOfThatStoreOnly()
    {
        var store = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        var neighbour = await _host.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Twin"));
        var page = await store.CreateClient().GetAsync("/");
        await neighbour.CreateClient().GetAsync("/");
        var before = _cdn.Purged.Count;

        await using (var scope = await store.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().MergeAsync(
                SiteSettings.GroupName, JsonSerializer.SerializeToElement(new { SiteName = "Harbour Renamed" }));
        }

        Assert.Contains($"{store.Name}/{PageCacheTags.All}", CdnStore.SurrogateKeysOf(page));
        Assert.True(await _cdn.WasPurgedAsync($"{store.Name}/{PageCacheTags.All}"), "The CDN is told to drop every page of the store whose settings changed.");
        Assert.All(_cdn.PurgedAfter(before), key => Assert.StartsWith(store.Name + "/", key, StringComparison.Ordinal));
        Assert.Contains("Harbour Renamed", (await HtmlPage.ParseAsync(await store.CreateClient().GetAsync("/"))).Text("title"));
    }

    [Fact]
    public async Task ACdnThatIsDownNeverFailsTheChange()
    {
        await using var unreachable = new MultistoreFactory(new Dictionary<string, string?> { ["Multistore:Cdn:PurgeUrl"] = $"http://127.0.0.1:{ClosedPort()}/" });
        var store = await unreachable.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        var client = store.CreateClient();
        await client.GetAsync("products/harbour-cap");

        await SetCapPriceAsync(store, 19.5m);
        var page = await client.GetAsync("products/harbour-cap");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("$19.50", (await HtmlPage.ParseAsync(page)).Text("p.price [data-price]"));
    }

    private static async Task SetCapPriceAsync(TestTenant store, decimal amount)
    {
        await using var scope = await store.ScopeAsync();
        await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("USD", "CAP-1", amount, null, CancellationToken.None);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
