using System.Net;
using System.Text.RegularExpressions;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Shop;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shipping;

[Collection(CommerceStore.Collection)]
public sealed partial class ShippingAdminTests
{
    private const string Zone = "admin/shipping/zone";
    private const string Rate = "admin/shipping/rate";

    [GeneratedRegex(@"shipping/zone\?Id=([0-9a-f-]{36})")]
    private static partial Regex ZoneLink();

    private static async Task<string> CreateZoneAsync(AdminSession editor, string name, string areas)
    {
        var created = await editor.PostFormAsync(Zone, Zone, new() { ["Id"] = "", ["Name"] = name, ["Areas"] = areas });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return ZoneLink().Match(created.Headers.Location!.ToString()).Groups[1].Value;
    }

    private static Dictionary<string, string> RateFields(string zoneId, string code, string name, string price, string freeAbove = "", string upTo = "", string tierPrice = "") => new()
    {
        ["ZoneId"] = zoneId, ["Id"] = "", ["Code"] = code, ["Name"] = name, ["Price"] = price, ["FreeAbove"] = freeAbove,
        ["Tiers[0].UpToKg"] = upTo, ["Tiers[0].Price"] = tierPrice, ["Tiers[1].UpToKg"] = "", ["Tiers[1].Price"] = "",
    };

    [Fact]
    public async Task AStateZoneWithItsOwnRateIsWhatAShopperThereIsOffered()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);

        var zoneId = await CreateZoneAsync(editor, "New York", "us-ny");
        var rate = await editor.PostFormAsync($"{Rate}?ZoneId={zoneId}", Rate, RateFields(zoneId, "ny-courier", "NY same-day courier", "12.50"));
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new() { ["sku"] = "BOOT", ["quantity"] = "1" });
        var (status, review) = await shopper.CheckoutAsync(ShopperSession.NewYork, "ny-courier", "cash-on-delivery");
        var list = (await HtmlPage.GetAsync(editor.Client, "admin/shipping")).TablesText();

        Assert.Equal(HttpStatusCode.Redirect, rate.StatusCode);
        Assert.Contains("New York", list);
        Assert.Contains("US-NY", list);
        Assert.Contains("NY same-day courier", list);
        Assert.True(status == HttpStatusCode.OK, review);
        var reviewPage = HtmlPage.Parse(review);
        Assert.Contains("NY same-day courier", reviewPage.Text());
        Assert.Equal("$12.50", reviewPage.Definitions("dl.totals")["Shipping"]);
        Assert.DoesNotContain("ground", reviewPage.ValueAttributes());
    }

    [Fact]
    public async Task BadAreasAndRatesAreRefusedNamingTheField()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);
        var zoneId = await CreateZoneAsync(editor, "Freight", "US");

        var badArea = await editor.PostFormAsync(Zone, Zone, new() { ["Id"] = "", ["Name"] = "Mars", ["Areas"] = "US, MARS-1" });
        var sameName = await editor.PostFormAsync(Zone, Zone, new() { ["Id"] = "", ["Name"] = "Freight", ["Areas"] = "CA" });
        var priceAndTiers = await editor.PostFormAsync($"{Rate}?ZoneId={zoneId}", Rate, RateFields(zoneId, "heavy", "Heavy goods", "5", upTo: "10", tierPrice: "19.95"));
        var zeroTier = await editor.PostFormAsync($"{Rate}?ZoneId={zoneId}", Rate, RateFields(zoneId, "heavy", "Heavy goods", "", upTo: "0", tierPrice: "19.95"));
        var page = (await HtmlPage.GetAsync(editor.Client, $"{Zone}?Id={zoneId}")).Text();

        Assert.Equal(HttpStatusCode.BadRequest, badArea.StatusCode);
        var areaError = (await HtmlPage.ParseAsync(badArea)).Text("[id='Areas-error']");
        Assert.Contains("MARS-1", areaError);
        Assert.Contains("is not a country code (DE), a country and region (US-NY) or * for everywhere", areaError);
        Assert.Equal(HttpStatusCode.BadRequest, sameName.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(sameName)).Errors(), error => error.Contains("Another zone is called", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, priceAndTiers.StatusCode);
        Assert.NotEmpty((await HtmlPage.ParseAsync(priceAndTiers)).Text("[id='Price-error']"));
        Assert.Equal(HttpStatusCode.BadRequest, zeroTier.StatusCode);
        Assert.NotEmpty((await HtmlPage.ParseAsync(zeroTier)).Text("[id='Tiers[0].UpToKg-error']"));
        Assert.Contains("No rates yet", page);
        Assert.DoesNotContain("Mars", (await HtmlPage.GetAsync(editor.Client, "admin/shipping")).Text());
    }

    [Fact]
    public async Task WeightTiersAndFreeAboveAreSavedAndPickupIsOfferedAtTheNewLocation()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);
        var zoneId = await CreateZoneAsync(editor, "Freight", "US-NY");

        var tiers = RateFields(zoneId, "freight", "Freight", "", "500", "5", "19.95");
        tiers["Tiers[1].UpToKg"] = "30";
        tiers["Tiers[1].Price"] = "39,95";
        var savedRate = await editor.PostFormAsync($"{Rate}?ZoneId={zoneId}", Rate, tiers);
        var badPickup = await editor.PostFormAsync("admin/shipping/pickup", "admin/shipping/pickup", new() { ["Offer"] = "always", ["Locations[0].Code"] = "nyc", ["Locations[0].Name"] = "", ["Locations[0].Address"] = "350 5th Ave" });
        var pickup = await editor.PostFormAsync("admin/shipping/pickup", "admin/shipping/pickup", new() { ["Offer"] = "always", ["Locations[0].Code"] = "nyc", ["Locations[0].Name"] = "Outlet Manhattan", ["Locations[0].Address"] = "350 5th Ave, New York" });
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new() { ["sku"] = "BOOT", ["quantity"] = "1" });
        var (status, review) = await shopper.CheckoutAsync(ShopperSession.NewYork, "pickup:nyc", "cash-on-delivery");

        Assert.Equal(HttpStatusCode.Redirect, savedRate.StatusCode);
        var list = (await HtmlPage.GetAsync(editor.Client, "admin/shipping")).TablesText();
        Assert.Contains("up to 5 kg $19.95, up to 30 kg $39.95, free from $500.00", list);
        Assert.Equal(HttpStatusCode.BadRequest, badPickup.StatusCode);
        Assert.NotEmpty((await HtmlPage.ParseAsync(badPickup)).Text("[id='Locations[0].Name-error']"));
        Assert.Equal(HttpStatusCode.Redirect, pickup.StatusCode);
        Assert.True(status == HttpStatusCode.OK, review);
        Assert.Contains("Outlet Manhattan", HtmlPage.Parse(review).Text());
        Assert.Contains("Freight", HtmlPage.Parse(review).Text());
    }
}
