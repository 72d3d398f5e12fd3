using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>
/// The purchase contract an app or kiosk client follows, on every demo store: list, pick a real variant, cart, checkout.
/// The kiosk store ships nowhere and offers pickup at the kiosk touchpoint only, so its client names the kiosk (or, sending
/// no touchpoint, is taken for one by the store's Kiosk theme) and picks up at the store.
/// </summary>
public sealed class DemoStorePurchaseApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Theory]
    [InlineData("nordic-se", "app", "SE", "Stockholm", "111 22", null)]
    [InlineData("nordic-de", "app", "DE", "Berlin", "10117", null)]
    [InlineData("outlet-us", "app", "US", "New York", "10001", "NY")]
    [InlineData("nordic-kiosk", "kiosk", "SE", "Stockholm", "111 22", null)]
    [InlineData("nordic-kiosk", null, "SE", "Stockholm", "111 22", null)]
    public async Task ClientBuysARealVariantOnTheDemoStore(string recipe, string? touchpoint, string country, string city, string postalCode, string? region)
    {
        var store = await Factory.CreateTenantAsync(recipe);
        var client = store.CreateClient();
        if (touchpoint is not null)
        {
            client.DefaultRequestHeaders.Add("X-Touchpoint", touchpoint);
        }

        using var products = JsonDocument.Parse(await client.GetStringAsync("/api/storefront/v1/products?pageSize=100"));
        var withVariants = products.RootElement.GetProperty("items").EnumerateArray().First(i => i.GetProperty("variants").GetArrayLength() > 1);
        var baseSku = withVariants.GetProperty("sku").GetString();
        var variant = withVariants.GetProperty("variants").EnumerateArray().First(v => v.GetProperty("available").GetBoolean());
        var sku = variant.GetProperty("sku").GetString();
        Assert.NotEqual(baseSku, sku);
        Assert.NotEmpty(variant.GetProperty("options").EnumerateArray());

        using var created = JsonDocument.Parse(await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync());
        var cartId = created.RootElement.GetProperty("id").GetGuid();
        var refused = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = baseSku, quantity = 1 });
        var added = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku, quantity = 1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var cart = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        Assert.Equal(sku, Assert.Single(cart.RootElement.GetProperty("lines").EnumerateArray()).GetProperty("sku").GetString());
        Assert.Equal(variant.GetProperty("price").GetProperty("amount").GetDecimal(),
            cart.RootElement.GetProperty("totals").GetProperty("subtotal").GetProperty("amount").GetDecimal());

        using var shipping = JsonDocument.Parse(await client.GetStringAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country={country}"));
        using var payment = JsonDocument.Parse(await client.GetStringAsync($"/api/storefront/v1/carts/{cartId}/payment-methods"));
        var paymentCode = payment.RootElement.EnumerateArray().Select(m => m.GetProperty("code").GetString())
            .First(c => c is "bank-transfer" or "cash-on-delivery");
        using var checkout = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "app@example.com",
                shippingAddress = new { name = "Alex Buyer", line1 = "Main Street 1", city, postalCode, country, region },
                shippingMethod = shipping.RootElement[0].GetProperty("code").GetString(),
                paymentMethod = paymentCode,
            }),
        };
        checkout.Headers.Add("Idempotency-Key", "demo-" + recipe);
        var placed = await client.SendAsync(checkout);

        Assert.True(placed.StatusCode == HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        using var order = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/storefront/v1/orders/{order.RootElement.GetProperty("number").GetString()}");
        read.Headers.Add("X-Order-Token", order.RootElement.GetProperty("orderToken").GetString());
        using var placedOrder = JsonDocument.Parse(await (await client.SendAsync(read)).Content.ReadAsStringAsync());
        Assert.Equal(touchpoint ?? "kiosk", placedOrder.RootElement.GetProperty("touchpoint").GetString());
    }
}
