using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

/// <summary>A US shopper picks a state from the checkout form's list; a missing or made-up one is an error on that field.</summary>
public sealed class UsAddressCheckoutTests
{
    [Fact]
    public async Task TheCheckoutFormListsTheStatesAndRefusesAMissingOrUnknownOneOnTheRegionField()
    {
        var store = await UsStore.CreateAsync();
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new() { ["sku"] = "BOOT", ["quantity"] = "1" });

        var form = await HtmlPage.GetAsync(shopper.Client, "checkout");
        var states = form.All("select[name=region] option").Select(o => o.GetAttribute("value")).ToList();
        var missing = await shopper.CheckoutAsync(new(ShopperSession.NewYork) { ["region"] = "" }, "ground", "cash-on-delivery");
        var unknown = await shopper.CheckoutAsync(new(ShopperSession.NewYork) { ["region"] = "ZZ" }, "ground", "cash-on-delivery");
        var valid = await shopper.CheckoutAsync(new(ShopperSession.NewYork) { ["region"] = "ny" }, "ground", "cash-on-delivery");

        Assert.Contains("NY", states);
        Assert.Contains("CA", states);
        Assert.Equal("", states[0]);
        foreach (var (status, html) in new[] { missing, unknown })
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("shippingAddress.region", HtmlPage.Parse(html).One("p.error").GetAttribute("data-field"));
        }

        Assert.Contains("ZZ", HtmlPage.Parse(unknown.Html).Text("p.error"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.False(HtmlPage.Parse(valid.Html).Has("p.error"));
    }
}
