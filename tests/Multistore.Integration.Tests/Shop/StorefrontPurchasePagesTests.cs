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
        var cartHtml = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Lampe", cartHtml);
        Assert.Contains("99,80", cartHtml);

        var checkoutHtml = await client.GetStringAsync("checkout");
        token = FormFields.Antiforgery(checkoutHtml);
        var fields = new Dictionary<string, string>
        {
            [token.Name] = token.Value, ["idempotencyKey"] = FormFields.IdempotencyKey(checkoutHtml),
            ["email"] = "gast@example.com", ["name"] = "Gast Kunde", ["line1"] = "Hauptstr. 5", ["city"] = "Köln", ["postalCode"] = "50667",
            ["country"] = "DE", ["shippingMethod"] = "standard", ["paymentMethod"] = "test-card", ["action"] = "review",
        };
        var review = await (await client.PostAsync("checkout", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("104,70", review);

        fields["action"] = "place";
        var placed = await client.PostAsync("checkout", new FormUrlEncodedContent(fields));
        var confirmation = await placed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        Assert.Contains("Bezahlt", confirmation);
        Assert.Contains("104,70", confirmation);
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
