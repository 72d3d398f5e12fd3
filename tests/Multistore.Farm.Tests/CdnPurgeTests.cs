using System.Net;
using Xunit.Abstractions;

namespace Multistore.Farm.Tests;

/// <summary>
/// Varnish keeps the product page (the node allows <c>s-maxage=600</c>, since it purges); a price saved through one node
/// purges the page by its key, so Varnish and the other node show the new price long before the copy would age out.
/// </summary>
[Collection(FarmSuite.Name)]
public sealed class CdnPurgeTests(Farm farm, ITestOutputHelper output)
{
    private const string ProductPage = "products/" + FarmStore.Slug;

    [Fact]
    public Task APriceSavedThroughOneNodeReplacesThePageVarnishKept() => farm.ReportingAsync(output, async () =>
    {
        var store = await FarmStore.CreateAsync(farm, farm.Balancer);
        await store.ServedAtAsync(farm.B.Address, "node B");
        using var shopper = store.Client(farm.Cdn);
        await Farm.ArrivesAsync("A Varnish hit on the product page", async () =>
        {
            var page = await shopper.GetAsync(ProductPage);
            var hit = page.Headers.TryGetValues("X-Varnish", out var ids) && ids.Single().Split(' ').Length == 2;
            return (hit && page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode} X-Varnish: {string.Join(',', ids ?? [])}, Cache-Control: {page.Headers.CacheControl}");
        });
        var kept = await shopper.GetAsync(ProductPage);
        Assert.Equal(TimeSpan.FromSeconds(600), kept.Headers.CacheControl?.SharedMaxAge);
        Assert.Contains("25.00", Html.Price(await Html.ParseAsync(kept)), StringComparison.Ordinal);

        using (var admin = await StoreAdmin.SignInAsync(store, farm.A.Address))
        {
            await admin.SetLampPriceAsync(19.5m);
        }

        await Farm.ArrivesAsync("The new price through Varnish", async () =>
        {
            var price = Html.Price(await Html.ParseAsync(await shopper.GetAsync(ProductPage)));
            return (price.Contains("19.50", StringComparison.Ordinal), price);
        });
        using var onB = store.Client(farm.B.Address);
        Assert.Contains("19.50", Html.Price(await Html.ParseAsync(await onB.GetAsync(ProductPage))), StringComparison.Ordinal);
    });
}
