using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Tenancy;

/// <summary>
/// One store's shopper against another store: every identifier a shopper holds (cart id, order number
/// and order token, cached page address) is tried on a second store that has the same SKUs and
/// slugs. Nothing of the first store may be read or changed there.
/// </summary>
public sealed class CrossStoreAttackTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static string Recipe(string productName) => $$"""
        {
          "name": "cross-store",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Inventory", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "{{productName}}", "slug": "lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 10 } ] }
          ]
        }
        """;

    private static Task<TestTenant> StoreAsync(string productName) =>
        Factory.CreateTenantFromJsonAsync(Recipe(productName), new Dictionary<string, string> { ["SiteName"] = productName + " Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" });

    [Fact]
    public async Task ACartOfOneStoreCannotBeReadFilledOrCheckedOutOnAnother()
    {
        var alpha = await StoreAsync("Alpha-Lampe");
        var beta = await StoreAsync("Beta-Lampe");
        var alphaCart = await CartWithLampAsync(alpha.CreateClient());
        var attacker = beta.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await attacker.GetAsync($"/api/storefront/v1/carts/{alphaCart}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await attacker.PostAsJsonAsync($"/api/storefront/v1/carts/{alphaCart}/lines", new { sku = "LAMP", quantity = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CheckoutAsync(attacker, alphaCart, "cross-key")).StatusCode);

        using var untouched = JsonDocument.Parse(await alpha.CreateClient().GetStringAsync($"/api/storefront/v1/carts/{alphaCart}"));
        var line = Assert.Single(untouched.RootElement.GetProperty("lines").EnumerateArray());
        Assert.Equal(1, line.GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task AnOrderNumberAndTokenOfOneStoreOpenNoOrderOnAnother()
    {
        var alpha = await StoreAsync("Alpha-Lampe");
        var beta = await StoreAsync("Beta-Lampe");
        var (alphaNumber, alphaToken) = await BuyAsync(alpha.CreateClient());
        var (betaNumber, _) = await BuyAsync(beta.CreateClient());
        var attacker = beta.CreateClient();

        var alphaOrderOnBeta = await ReadOrderAsync(attacker, alphaNumber, alphaToken);
        var betaOrderWithAlphaToken = await ReadOrderAsync(attacker, betaNumber, alphaToken);

        Assert.Equal(HttpStatusCode.NotFound, alphaOrderOnBeta.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, betaOrderWithAlphaToken.StatusCode);
        Assert.DoesNotContain("Beta-Lampe", await betaOrderWithAlphaToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ReadOrderAsync(alpha.CreateClient(), alphaNumber, alphaToken)).StatusCode);
    }

    [Fact]
    public async Task AProductPageCachedForOneStoreIsNeverServedByAnother()
    {
        var alpha = await StoreAsync("Alpha-Lampe");
        var beta = await StoreAsync("Beta-Lampe");
        var alphaClient = alpha.CreateClient();
        await alphaClient.GetStringAsync("/products/lampe");
        var cached = await alphaClient.GetAsync("/products/lampe");
        Assert.True(cached.Headers.Age is not null, "The second request on the first store comes from the page cache.");

        var onBeta = await beta.CreateClient().GetStringAsync("/products/lampe");

        Assert.Equal("Beta-Lampe", HtmlPage.Parse(onBeta).Heading());
        Assert.DoesNotContain("Alpha-Lampe", onBeta, StringComparison.Ordinal);
    }

    private static async Task<Guid> CartWithLampAsync(HttpClient client)
    {
        using var cart = JsonDocument.Parse(await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync());
        var cartId = cart.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 1 })).StatusCode);
        return cartId;
    }

    private static async Task<(string Number, string Token)> BuyAsync(HttpClient client)
    {
        var response = await CheckoutAsync(client, await CartWithLampAsync(client), "buy-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var order = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (order.RootElement.GetProperty("number").GetString()!, order.RootElement.GetProperty("orderToken").GetString()!);
    }

    private static async Task<HttpResponseMessage> ReadOrderAsync(HttpClient client, string number, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/storefront/v1/orders/{number}");
        request.Headers.Add("X-Order-Token", token);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, Guid cartId, string key)
    {
        var body = new
        {
            email = "shopper@example.com",
            shippingAddress = new { name = "Erika Muster", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
            shippingMethod = "standard",
            paymentMethod = "test-transfer",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
