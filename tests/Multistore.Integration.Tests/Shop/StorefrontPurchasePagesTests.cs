using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed partial class StorefrontPurchasePagesTests
{
    [Fact]
    public async Task GuestBuysThroughCartAndCheckoutPages()
    {
        var store = await CommerceStore.CreateAsync();
        var client = store.Tenant.CreateClient();

        var cartPage = await client.GetStringAsync("cart");
        var token = FormFields.Antiforgery(cartPage);
        var added = await client.PostAsync("cart", new FormUrlEncodedContent(new Dictionary<string, string> { [token.Name] = token.Value, ["sku"] = "LAMP", ["quantity"] = "2" }));
        var cart = await HtmlPage.ParseAsync(added);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(["Lampe"], cart.Texts("table.cart-lines tbody td:first-child a"));
        Assert.Contains("99,80", cart.Text(".subtotal strong"), StringComparison.Ordinal);

        var checkoutHtml = await client.GetStringAsync("checkout");
        token = FormFields.Antiforgery(checkoutHtml);
        var fields = new Dictionary<string, string>
        {
            [token.Name] = token.Value, ["idempotencyKey"] = FormFields.IdempotencyKey(checkoutHtml),
            ["email"] = "gast@example.com", ["name"] = "Gast Kunde", ["line1"] = "Hauptstr. 5", ["city"] = "Köln", ["postalCode"] = "50667",
            ["country"] = "DE", ["shippingMethod"] = "standard", ["paymentMethod"] = "test-card", ["action"] = "review",
        };
        var review = await HtmlPage.ParseAsync(await client.PostAsync("checkout", new FormUrlEncodedContent(fields)));
        Assert.Contains("104,70", review.Texts("dl.totals dd")[^1], StringComparison.Ordinal);

        fields["action"] = "place";
        var placed = await client.PostAsync("checkout", new FormUrlEncodedContent(fields));
        var confirmation = await HtmlPage.ParseAsync(placed);

        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        Assert.Equal("Bezahlt", confirmation.Text(".order .status strong"));
        Assert.Contains("104,70", confirmation.Texts("table.order-lines th")[^1], StringComparison.Ordinal);
        Assert.Matches(@"/orders/\d{6}-[0-9A-Z]{6}", placed.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task FormsWithoutAntiforgeryTokenAreRefused()
    {
        var store = await CommerceStore.CreateAsync();
        var client = store.Tenant.CreateClient();

        var response = await client.PostAsync("cart", new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = "LAMP" }));

        Assert.False(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task OrderPageNeedsTheOrderToken()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));
        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "page-" + Guid.NewGuid()));
        var client = store.Tenant.CreateClient();

        var withToken = await client.GetAsync($"orders/{placed.Number}?token={placed.OrderToken}");
        var without = await client.GetAsync($"orders/{placed.Number}");

        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, without.StatusCode);
    }
}
