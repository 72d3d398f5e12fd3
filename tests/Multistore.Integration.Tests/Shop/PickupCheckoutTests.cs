using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// An order collected at a pickup point asks for who collects it, not where to ship it; a delivered order still needs
/// its street. The checkout page shows the steps in order: review, then place.
/// </summary>
public sealed class PickupCheckoutTests
{
    private static async Task AddToCartAsync(HttpClient client, string sku)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "cart/lines")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = sku, ["quantity"] = "1", ["fulfilment"] = "pickup" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task PickupOrderWithoutStreetIsReviewedAndPlaced()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("nordic-kiosk");
        var shopper = new Storefront.ShopperSession(store);
        await AddToCartAsync(shopper.Client, "NOR-BEANIE-RED");
        var form = await HtmlPage.GetAsync(shopper.Client, "checkout");
        var pickup = form.Attribute("input[name=shippingMethod]", "value")!;
        var payment = form.Attribute("input[name=paymentMethod]", "value")!;
        var fields = new Dictionary<string, string>
        {
            ["email"] = "kim@example.com", ["name"] = "Kim Berg", ["country"] = "SE", ["shippingMethod"] = pickup, ["paymentMethod"] = payment, ["action"] = "review",
        };

        var reviewed = await shopper.PostFormAsync("checkout", "checkout", fields);
        var reviewHtml = await reviewed.Content.ReadAsStringAsync();
        var review = HtmlPage.Parse(reviewHtml);
        fields["action"] = "place";
        fields["idempotencyKey"] = review.Attribute("input[name=idempotencyKey]", "value")!;
        var placed = await shopper.Client.PostAsync("checkout", new FormUrlEncodedContent(FormFields.WithAntiforgery(reviewHtml, fields)));

        Assert.StartsWith("pickup:", pickup, StringComparison.Ordinal);
        Assert.False(form.Has("input[name=line1]"), "A pickup-only checkout asks for no street address.");
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Empty(review.Alerts());
        Assert.Equal("step", review.Attribute(".checkout-steps li:nth-child(2)", "aria-current"));
        Assert.True(review.Has(".checkout-summary button[name=action][value=place]"));
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        Assert.Contains("/orders/", placed.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveredOrderWithoutStreetIsRefusedNamingTheField()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("nordic-se");
        var shopper = new Storefront.ShopperSession(store);
        await AddToCartAsync(shopper.Client, "NOR-BEANIE-RED");
        var form = await HtmlPage.GetAsync(shopper.Client, "checkout");

        var refused = await shopper.PostFormAsync("checkout", "checkout", new()
        {
            ["email"] = "kim@example.com", ["name"] = "Kim Berg", ["country"] = "SE", ["postalCode"] = "111 22", ["city"] = "Stockholm",
            ["shippingMethod"] = "postnord", ["paymentMethod"] = form.Attribute("input[name=paymentMethod]", "value")!, ["action"] = "review",
        });
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal("step", form.Attribute(".checkout-steps li:nth-child(1)", "aria-current"));
        Assert.False(form.Has(".checkout-summary button[value=place]"), "Place order comes after the review.");
        Assert.Equal("shippingAddress.line1", page.Attribute(".error[role=alert]", "data-field"));
        Assert.Contains("street address", page.Text(".error[role=alert]"), StringComparison.Ordinal);
    }
}
