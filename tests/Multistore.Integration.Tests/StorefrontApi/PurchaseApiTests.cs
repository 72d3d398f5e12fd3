using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class PurchaseApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private const string Recipe = """
        {
          "name": "api-purchase",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE", "AT" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 10 } ] }
          ]
        }
        """;

    [Fact]
    public async Task AppBuysThroughTheApiOnlyAndTheSameKeyNeverMakesASecondOrder()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe, new Dictionary<string, string> { ["SiteName"] = "Kiosk Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" });
        var client = store.CreateClient();
        client.DefaultRequestHeaders.Add("X-Touchpoint", "kiosk");

        using var products = JsonDocument.Parse(await client.GetStringAsync("/api/storefront/v1/products?q=&page=1&pageSize=20"));
        var sku = products.RootElement.GetProperty("items")[0].GetProperty("variants")[0].GetProperty("sku").GetString();

        var created = await client.PostAsync("/api/storefront/v1/carts", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var cart = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var cartId = cart.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(0, cart.RootElement.GetProperty("lines").GetArrayLength());
        Assert.True(cart.RootElement.TryGetProperty("totals", out _));

        var added = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku, quantity = 2 });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var withLine = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        Assert.Equal(24.68m, withLine.RootElement.GetProperty("totals").GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal("kiosk", withLine.RootElement.GetProperty("touchpoint").GetString());

        using var shipping = JsonDocument.Parse(await client.GetStringAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=DE"));
        using var payment = JsonDocument.Parse(await client.GetStringAsync($"/api/storefront/v1/carts/{cartId}/payment-methods"));
        var shippingCode = shipping.RootElement[0].GetProperty("code").GetString();
        Assert.Equal("EUR", shipping.RootElement[0].GetProperty("price").GetProperty("currency").GetString());
        var paymentCode = payment.RootElement.EnumerateArray().Select(m => m.GetProperty("code").GetString()).Single(c => c == "test-transfer");

        var body = new
        {
            email = "kiosk@example.com",
            shippingAddress = new { name = "Erika Muster", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
            shippingMethod = shippingCode,
            paymentMethod = paymentCode,
        };
        var first = await CheckoutAsync(client, cartId, body, "key-1");
        var again = await CheckoutAsync(client, cartId, body, "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var order = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var number = order.RootElement.GetProperty("number").GetString();
        Assert.False(string.IsNullOrEmpty(order.RootElement.GetProperty("status").GetString()));
        Assert.Equal("EUR", order.RootElement.GetProperty("total").GetProperty("currency").GetString());
        Assert.Equal("bank-transfer", order.RootElement.GetProperty("payment").GetProperty("nextAction").GetProperty("type").GetString());
        Assert.True(again.IsSuccessStatusCode);
        using var replay = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(number, replay.RootElement.GetProperty("number").GetString());

        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/storefront/v1/orders/{number}");
        read.Headers.Add("X-Order-Token", order.RootElement.GetProperty("orderToken").GetString());
        var fetched = await client.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Contains(number!, await fetched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/storefront/v1/orders/{number}")).StatusCode);
    }

    [Fact]
    public async Task CheckoutWithoutIdempotencyKeyAndBadQuantityNameTheField()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe, new Dictionary<string, string> { ["SiteName"] = "Kiosk Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" });
        var client = store.CreateClient();
        using var cart = JsonDocument.Parse(await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync());
        var cartId = cart.RootElement.GetProperty("id").GetGuid();

        var badQuantity = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 0 });
        var noKey = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/checkout", new { email = "a@example.com" });

        Assert.Equal(HttpStatusCode.BadRequest, badQuantity.StatusCode);
        Assert.Contains("\"quantity\"", await badQuantity.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("\"Idempotency-Key\"", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, Guid cartId, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
