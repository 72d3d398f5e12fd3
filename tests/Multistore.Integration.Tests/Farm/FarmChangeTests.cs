using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Integration.Tests.StorefrontApi;
using Microsoft.AspNetCore.SignalR.Client;
using Multistore.Modules;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// A change made on one node of the farm is served by the other: a store created on A, its settings, its features and
/// its prices (on pages B has in its page cache). Before the change channel, B kept its shell and its cached pages.
/// </summary>
public sealed class FarmChangeTests(FarmNodes farm) : IClassFixture<FarmNodes>
{
    [Fact]
    public async Task AStoreCreatedOnOneNodeIsServedByTheOther()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        var b = farm.OnB(onA).CreateClient();

        await FarmNodes.ArrivesAsync("The new store", async () =>
        {
            var response = await b.GetAsync("products/harbour-cap");
            return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}");
        });
    }

    [Fact]
    public async Task ASettingSavedOnOneNodeIsServedByTheOther()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        var b = await ServedByBAsync(onA);
        Assert.Contains("Farm Goods", await b.GetStringAsync("/"));

        await using (var scope = await onA.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().MergeAsync(
                SiteSettings.GroupName, JsonSerializer.SerializeToElement(new { SiteName = "Harbour Renamed" }));
        }

        await FarmNodes.ArrivesAsync("The new store name", async () =>
        {
            var title = (await HtmlPage.ParseAsync(await b.GetAsync("/"))).Text("title");
            return (title.Contains("Harbour Renamed", StringComparison.Ordinal), title);
        });
    }

    [Fact]
    public async Task AFeatureEnabledOnOneNodeIsServedByTheOther()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        var b = await ServedByBAsync(onA);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync("search?q=cap")).StatusCode);

        await farm.A.Service<ITenantFeatures>().EnableAsync(onA.Name, ["Multistore.Search"], CancellationToken.None);

        await FarmNodes.ArrivesAsync("Search, enabled on A,", async () =>
        {
            var response = await b.GetAsync("search?q=cap");
            return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}");
        });
    }

    [Fact]
    public async Task APriceChangedOnOneNodeReplacesThePageTheOtherNodeHasCached()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        var b = await ServedByBAsync(onA);
        await b.GetStringAsync("products/harbour-cap");
        var cached = await b.GetAsync("products/harbour-cap");
        Assert.True(cached.Headers.Age is not null, "Node B serves the product page from its page cache before the change.");
        Assert.Equal("$25.00", (await HtmlPage.ParseAsync(cached)).Text(".product .price .amount"));

        await using (var scope = await onA.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("USD", "CAP-1", 19.5m, null, CancellationToken.None);
        }

        await FarmNodes.ArrivesAsync("The new price", async () =>
        {
            var price = (await HtmlPage.ParseAsync(await b.GetAsync("products/harbour-cap"))).Text(".product .price .amount");
            return (price == "$19.50", price);
        });
        var mug = await b.GetAsync("products/harbour-mug");
        Assert.Equal("$12.00", (await HtmlPage.ParseAsync(mug)).Text(".product .price .amount"));
    }

    [Fact]
    public async Task APricePushMadeOnOneNodeReachesAShopperConnectedToTheOther()
    {
        var onA = await ApiStore.CreateAsync(farm.A);
        await ServedByBAsync(onA);
        await using var watcherOnB = await LiveUpdatesTests.ConnectAsync(farm.OnB(onA));
        var pushed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcherOnB.On<PriceMessage>("priceChanged", m => pushed.TrySetResult(FormattableString.Invariant($"{m.Sku} {m.Price.Amount:0.00} {m.Price.Currency}")));
        await watcherOnB.InvokeAsync("WatchProducts", new[] { "LAMP-1" });

        await using (var scope = await onA.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("EUR", "LAMP-1", 7.5m, null, CancellationToken.None);
        }

        // That it arrives is the assertion; bench/ measures how fast.
        Assert.Equal("LAMP-1 7.50 EUR", await pushed.Task.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task AHostAddedOnOneNodeAnswersOnTheOtherWhichKeepsTheStoreItHasRunning()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        var b = await ServedByBAsync(onA);
        await b.GetAsync("products/harbour-cap");
        Assert.NotNull((await b.GetAsync("products/harbour-cap")).Headers.Age);
        var www = "www." + onA.Host;

        await farm.A.Service<TenantRegistry>().UpdateAsync(onA.Name, t => t with { Hosts = [.. t.Hosts, www] }, CancellationToken.None);

        var onWww = farm.OnB(new TestTenant(farm.A, onA.Name, www, onA.Prefix)).CreateClient();
        await FarmNodes.ArrivesAsync("The added host", async () =>
        {
            var response = await onWww.GetAsync("products/harbour-cap");
            return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}");
        });
        var cached = await b.GetAsync("products/harbour-cap");
        Assert.True(cached.Headers.Age is not null, "Node B still serves the product page from the store's page cache: it adopted the host without rebuilding the store.");
    }

    private sealed record PriceMessage(string Sku, Commerce.Money Price);

    private async Task<HttpClient> ServedByBAsync(TestTenant onA)
    {
        var b = farm.OnB(onA).CreateClient();
        await FarmNodes.ArrivesAsync("The new store", async () =>
        {
            var response = await b.GetAsync("/");
            return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}");
        });
        return b;
    }
}
