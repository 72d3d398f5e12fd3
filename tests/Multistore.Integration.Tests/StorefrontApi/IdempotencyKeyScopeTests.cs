using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>
/// An idempotency key belongs to one cart and one request: another cart (or none) with the same key never sees the
/// order, and the same key with other parameters is refused with 422, on the API and on the checkout page.
/// </summary>
public sealed partial class IdempotencyKeyScopeTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task SameKeyOnAnotherOrMissingCartNeverReturnsTheFirstOrder()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var victim = store.CreateClient();
        var key = "shared-" + Guid.NewGuid().ToString("N");
        var placed = await CustomerStore.BuyAsync(victim, key);
        var number = placed.GetProperty("number").GetString()!;
        var token = placed.GetProperty("orderToken").GetString()!;

        var attacker = store.CreateClient();
        var missing = await CheckoutAsync(attacker, Guid.NewGuid(), Body("attacker@example.com"), key);
        var emptyCart = (await (await attacker.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var empty = await CheckoutAsync(attacker, emptyCart, Body("attacker@example.com"), key);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        foreach (var answer in new[] { await missing.Content.ReadAsStringAsync(), await empty.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain(number, answer, StringComparison.Ordinal);
            Assert.DoesNotContain(token, answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SameKeyWithOtherParametersIsA422AndTheSameBodyReplays()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();
        var cartId = await CartWithLampAsync(client);
        var key = "retry-" + Guid.NewGuid().ToString("N");

        var first = await CheckoutAsync(client, cartId, Body("first@example.com"), key);
        var replay = await CheckoutAsync(client, cartId, Body("first@example.com"), key);
        var other = await CheckoutAsync(client, cartId, Body("other@example.com"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var number = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(number, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        var problem = await other.Content.ReadAsStringAsync();
        Assert.DoesNotContain(number, problem, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(problem);
        Assert.Contains("Idempotency-Key", document.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckoutPageWithAnotherCartsKeyPlacesItsOwnOrder()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var key = "page-" + Guid.NewGuid().ToString("N");
        var placed = await CustomerStore.BuyAsync(store.CreateClient(), key);
        var number = placed.GetProperty("number").GetString()!;

        var shopper = store.CreateClient();
        var cartPage = await shopper.GetStringAsync("cart");
        var token = FormFields.Antiforgery(cartPage);
        Assert.Equal(HttpStatusCode.OK, (await shopper.PostAsync("cart", new FormUrlEncodedContent(new Dictionary<string, string> { [token.Name] = token.Value, ["sku"] = "LAMP", ["quantity"] = "1" }))).StatusCode);
        var checkout = await shopper.GetStringAsync("checkout");
        token = FormFields.Antiforgery(checkout);
        var answer = await shopper.PostAsync("checkout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Name] = token.Value, ["idempotencyKey"] = key, ["email"] = "page@example.com", ["name"] = "Gast Kunde", ["line1"] = "Hauptstr. 5",
            ["city"] = "Köln", ["postalCode"] = "50667", ["country"] = "DE", ["shippingMethod"] = "standard", ["paymentMethod"] = "test-transfer", ["action"] = "place",
        }));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var path = answer.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches(@"/orders/\d{6}-[0-9A-Z]{6}$", path);
        Assert.DoesNotContain(number, path, StringComparison.Ordinal);
    }

    private static object Body(string email) => new
    {
        email,
        shippingAddress = CustomerStore.Address(),
        shippingMethod = "standard",
        paymentMethod = "test-transfer",
    };

    private static async Task<Guid> CartWithLampAsync(HttpClient client)
    {
        var cart = await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var cartId = cart.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 1 })).StatusCode);
        return cartId;
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, Guid cartId, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
