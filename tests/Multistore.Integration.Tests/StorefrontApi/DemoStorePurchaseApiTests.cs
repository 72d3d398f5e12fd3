using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>The purchase contract an app follows, on every demo store: list, pick a real variant, cart, checkout.</summary>
public sealed class DemoStorePurchaseApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Theory]
    [InlineData("nordic-se", "SE", "Stockholm", "111 22", null)]
    [InlineData("nordic-de", "DE", "Berlin", "10117", null)]
    [InlineData("outlet-us", "US", "New York", "10001", "NY")]
    public async Task AppBuysARealVariantOnTheDemoStore(string recipe, string country, string city, string postalCode, string? region)
    {
        var store = await Factory.CreateTenantAsync(recipe);
        var client = store.CreateClient();
        client.DefaultRequestHeaders.Add("X-Touchpoint", "app");

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
    }
}
