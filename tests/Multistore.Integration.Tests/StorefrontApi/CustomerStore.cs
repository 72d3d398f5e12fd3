using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>A store that sells through the API and signs customers in, and the calls its tests share.</summary>
public static class CustomerStore
{
    /// <summary>The store's recipe, for tests that create it through another door (the tenants API).</summary>
    public const string Recipe = """
        {
          "name": "api-customers",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Users", "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE", "AT" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 50 } ] }
          ]
        }
        """;

    public static Task<TestTenant> CreateAsync(MultistoreFactory factory) =>
        factory.CreateTenantFromJsonAsync(Recipe, new Dictionary<string, string> { ["SiteName"] = "Customer Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" });

    /// <summary>The same store with its administrator (<paramref name="adminEmail"/>, password <see cref="Admin.AdminSession.Password"/>).</summary>
    public static Task<TestTenant> CreateAsync(MultistoreFactory factory, string adminEmail) =>
        factory.CreateTenantFromJsonAsync(Recipe, new Dictionary<string, string>
        {
            ["SiteName"] = "Customer Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR",
            ["AdminEmail"] = adminEmail, ["AdminPassword"] = Admin.AdminSession.Password,
        });

    /// <summary>Signs up a new customer and signs them in on <paramref name="touchpoint"/>; returns a client sending their bearer token.</summary>
    public static async Task<HttpClient> SignedInClientAsync(TestTenant store, string email, string touchpoint = "app")
    {
        var client = store.CreateClient();
        client.DefaultRequestHeaders.Add("X-Touchpoint", touchpoint);
        var signUp = await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email, password = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(store, email, touchpoint));
        return client;
    }

    public static async Task<string> TokenAsync(TestTenant store, string email, string touchpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email, password = "Correct-Horse-9" }) };
        request.Headers.Add("X-Touchpoint", touchpoint);
        var response = await store.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static object Address(string city = "Berlin", string postalCode = "10117", bool isDefault = false) =>
        new { name = "Erika Muster", line1 = "Unter den Linden 1", city, postalCode, country = "DE", isDefault };

    /// <summary>Puts a lamp in the client's cart and places the order with bank transfer; returns the checkout's JSON.</summary>
    public static async Task<JsonElement> BuyAsync(HttpClient client, string key)
    {
        var cart = await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var cartId = cart.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 1 })).StatusCode);
        var shipping = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=DE");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "buyer@example.com",
                shippingAddress = Address(),
                shippingMethod = shipping[0].GetProperty("code").GetString(),
                paymentMethod = "test-transfer",
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        var placed = await client.SendAsync(request);
        Assert.True(placed.StatusCode == HttpStatusCode.Created, $"{(int)placed.StatusCode} {await placed.Content.ReadAsStringAsync()}");
        return await placed.Content.ReadFromJsonAsync<JsonElement>();
    }
}
