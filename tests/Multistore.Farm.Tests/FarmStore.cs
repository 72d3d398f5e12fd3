using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Multistore.Farm.Tests;

/// <summary>
/// A store of the farm's tests, created through the tenants API on the SaaS host (through HAProxy, so on either node):
/// one product, Desk Lamp (LAMP, €25.00, 10 in stock with a low-stock threshold above that so the API shows the
/// count), shipping to Germany and cash on delivery. Each test creates its own.
/// </summary>
public sealed record FarmStore(string Name, string Host)
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Farm!Admin2026";
    public const string Slug = "desk-lamp";
    public const string Sku = "LAMP";
    public const int Stock = 10;

    /// <summary>The store's recipe, for a caller that builds a larger store on it.</summary>
    public const string Recipe = """
        {
          "name": "farm-store",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Inventory", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Shipping", "Multistore.Payments.CashOnDelivery" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE" ] } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "en-US": { "name": "Desk Lamp", "slug": "desk-lamp" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 25 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Warehouse", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 10, "lowStock": 100 } ] },
            { "name": "shipping", "zones": [ { "name": "Germany", "areas": [ { "country": "DE" } ], "rates": [ { "code": "post", "name": "Post", "price": 4.9 } ] } ] },
            { "name": "payments", "cashOnDelivery": { "fee": 0, "maxAmount": 1000 } }
          ]
        }
        """;

    /// <summary>Creates the store with <c>POST /api/tenants</c> through <paramref name="address"/>, and returns once the API said 201.</summary>
    public static Task<FarmStore> CreateAsync(Farm farm, Uri address) => CreateAsync(farm, address, Recipe);

    /// <summary>Creates a store from <paramref name="recipeJson"/> (a recipe taking the parameters above), as the overload does.</summary>
    public static async Task<FarmStore> CreateAsync(Farm farm, Uri address, string recipeJson)
    {
        var name = "farm-" + Guid.NewGuid().ToString("N")[..10];
        var store = new FarmStore(name, $"{name}.example");
        using var client = Farm.Client(address, Farm.SaasHost);
        client.DefaultRequestHeaders.Add("X-Api-Key", farm.ApiKey);
        using var recipe = JsonDocument.Parse(recipeJson);
        var response = await client.PostAsJsonAsync("api/tenants", new
        {
            name,
            hosts = new[] { store.Host },
            recipeJson = recipe.RootElement,
            parameters = new Dictionary<string, string>
            {
                ["SiteName"] = "Farm Lamps", ["Culture"] = "en-US", ["Currency"] = "EUR",
                ["AdminEmail"] = AdminEmail, ["AdminPassword"] = AdminPassword,
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created,
            $"POST /api/tenants answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return store;
    }

    public HttpClient Client(Uri address, bool followRedirects = true) => Farm.Client(address, Host, followRedirects);

    /// <summary>Waits until the store answers its home page at <paramref name="address"/>.</summary>
    public Task ServedAtAsync(Uri address, string by) => Farm.ArrivesAsync($"The store {Name} served by {by}", async () =>
    {
        using var client = Client(address);
        var response = await client.GetAsync("/");
        return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}");
    });
}
