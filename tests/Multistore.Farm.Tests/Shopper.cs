using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Multistore.Farm.Tests;

/// <summary>
/// A shopper of a farm store using the Storefront API with a customer account (so their orders can be listed), each
/// call made through whatever address the test gives (HAProxy, or one node).
/// </summary>
public sealed class Shopper(FarmStore store, string token)
{
    private const string Api = "api/storefront/v1/";

    public static async Task<Shopper> SignUpAsync(FarmStore store, Uri address)
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        const string password = "Shop!Farm2026-long";
        using var client = store.Client(address);
        var signUp = await client.PostAsJsonAsync(Api + "customers", new { email, password, name = "Erika Muster" });
        Assert.True(signUp.StatusCode == HttpStatusCode.Accepted, $"Sign-up answered {(int)signUp.StatusCode}: {await signUp.Content.ReadAsStringAsync()}");
        var signIn = await client.PostAsJsonAsync(Api + "customers/token", new { email, password });
        using var issued = await JsonOf(signIn, HttpStatusCode.OK);
        return new Shopper(store, issued.RootElement.GetProperty("accessToken").GetString()!);
    }

    public async Task<Guid> CartWithLampsAsync(Uri address, int quantity)
    {
        using var client = Client(address);
        using var cart = await JsonOf(await client.PostAsync(Api + "carts", null), HttpStatusCode.Created, HttpStatusCode.OK);
        var id = cart.RootElement.GetProperty("id").GetGuid();
        using var added = await JsonOf(await client.PostAsJsonAsync($"{Api}carts/{id}/lines", new { sku = FarmStore.Sku, quantity }), HttpStatusCode.OK);
        Assert.Equal(quantity, added.RootElement.GetProperty("itemCount").GetInt32());
        return id;
    }

    public async Task<int> ItemCountAsync(Uri address, Guid cart)
    {
        using var client = Client(address);
        using var read = await JsonOf(await client.GetAsync($"{Api}carts/{cart}"), HttpStatusCode.OK);
        return read.RootElement.GetProperty("itemCount").GetInt32();
    }

    /// <summary>Sends the checkout with cash on delivery to Berlin under <paramref name="key"/>; the answer as it came.</summary>
    public Task<HttpResponseMessage> CheckoutAsync(Uri address, Guid cart, string key) => CheckoutAsync(address, cart, key, sent: null);

    /// <summary>As above; <paramref name="sent"/> completes once the whole request is on the wire to the server.</summary>
    public async Task<HttpResponseMessage> CheckoutAsync(Uri address, Guid cart, string key, TaskCompletionSource? sent)
    {
        using var client = Client(address);
        var body = new SentContent(JsonContent.Create(new
        {
            email = "erika@example.com",
            shippingAddress = new { name = "Erika Muster", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
            shippingMethod = "post",
            paymentMethod = "cash-on-delivery",
        }));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}carts/{cart}/checkout") { Content = body };
        request.Headers.Add("Idempotency-Key", key);
        var answer = client.SendAsync(request);
        if (sent is not null)
        {
            _ = body.Sent.ContinueWith(_ => sent.TrySetResult(), TaskScheduler.Default);
        }

        return await answer;
    }

    /// <summary>The numbers of the shopper's orders, as their account lists them.</summary>
    public async Task<IReadOnlyList<string>> OrdersAsync(Uri address)
    {
        using var client = Client(address);
        using var orders = await JsonOf(await client.GetAsync(Api + "customers/me/orders"), HttpStatusCode.OK);
        return [.. orders.RootElement.EnumerateArray().Select(o => o.GetProperty("number").GetString()!)];
    }

    /// <summary>What the API says is left of the lamp (its low-stock threshold is above the stock, so the count shows).</summary>
    public static async Task<int> StockAsync(FarmStore store, Uri address)
    {
        using var client = store.Client(address);
        using var product = await JsonOf(await client.GetAsync($"{Api}products/{FarmStore.Slug}"), HttpStatusCode.OK);
        return product.RootElement.GetProperty("variants")[0].GetProperty("stock").GetProperty("count").GetInt32();
    }

    public static async Task<JsonDocument> JsonOf(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected.Contains(response.StatusCode), $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    private HttpClient Client(Uri address)
    {
        var client = store.Client(address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
