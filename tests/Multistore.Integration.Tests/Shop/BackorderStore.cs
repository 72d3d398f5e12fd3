using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Feeds;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Users.Services;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// A German store with a hat in two colours, both sold out: red is sold on backorder and ships by 15 January 2027,
/// blue is not; a scarf sold on backorder without a ship date. Web checkout, the Storefront API and the Marketplace
/// feeds are on, so one store shows backorders on every touchpoint.
/// </summary>
public static class BackorderStore
{
    public const string RestockDate = "2027-01-15";

    private static string Recipe() => $$"""
        {
          "name": "backorders",
          "parameters": [ { "name": "Theme", "default": "Storefront" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout",
              "Multistore.Shipping", "Multistore.Payments.BankTransfer", "Multistore.StorefrontApi", "Multistore.Search", "Multistore.Marketplace" ] },
            { "name": "settings", "Site": { "SiteName": "Bergladen", "DefaultCulture": "de-DE", "Currency": "EUR" }, "Checkout": { "Countries": [ "DE" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog",
              "attributes": [ { "name": "color", "names": { "de-DE": "Farbe" }, "values": { "Red": { "de-DE": "Rot" }, "Blue": { "de-DE": "Blau" } } } ],
              "products": [
                { "sku": "HAT", "options": [ "color" ], "attributes": { "brand": "Nordkap" },
                  "variants": [ { "sku": "HAT-RED", "values": [ "Red" ] }, { "sku": "HAT-BLUE", "values": [ "Blue" ] } ],
                  "translations": { "de-DE": { "name": "Mütze", "slug": "muetze", "description": "<p>Wolle.</p>" } },
                  "images": [ { "data": "{{FeedStore.Photo()}}", "alt": { "de-DE": "Mütze" } } ] },
                { "sku": "SCARF", "attributes": { "brand": "Nordkap" },
                  "translations": { "de-DE": { "name": "Schal", "slug": "schal", "description": "<p>Wolle.</p>" } },
                  "images": [ { "data": "{{FeedStore.Photo()}}", "alt": { "de-DE": "Schal" } } ] } ] },
            { "name": "pricelists", "lists": [ { "name": "Euro", "currency": "EUR", "default": true, "prices": [
              { "sku": "HAT-RED", "amount": 20 }, { "sku": "HAT-BLUE", "amount": 22 }, { "sku": "SCARF", "amount": 30 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [
              { "sku": "HAT-RED", "onHand": 0, "backorder": true, "restockDate": "{{RestockDate}}" },
              { "sku": "HAT-BLUE", "onHand": 0 },
              { "sku": "SCARF", "onHand": 0, "backorder": true } ] },
            { "name": "payments", "bankTransfer": { "accountHolder": "Bergladen GmbH", "bankName": "Commerzbank", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX" } },
            { "name": "shipping", "zones": [ { "name": "Deutschland", "areas": [ { "country": "DE" } ], "rates": [ { "code": "dhl", "name": "DHL Paket", "price": 4.9 } ] } ] }
          ]
        }
        """;

    public static Dictionary<string, string> Berlin => new()
    {
        ["email"] = "erika@example.com", ["name"] = "Erika Muster", ["line1"] = "Unter den Linden 1", ["postalCode"] = "10117", ["city"] = "Berlin", ["country"] = "DE",
    };

    public static Task<TestTenant> CreateAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        return MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe());
    }

    /// <summary>An API client of the store asking in German.</summary>
    public static HttpClient Api(TestTenant store)
    {
        var client = store.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "de-DE");
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The product's variants by SKU as the Storefront API lists them.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> VariantsAsync(HttpClient client, string slug) =>
        (await JsonAsync(await client.GetAsync($"/api/storefront/v1/products/{slug}"), HttpStatusCode.OK)).GetProperty("variants").EnumerateArray()
            .ToDictionary(v => v.GetProperty("sku").GetString()!, v => v);

    /// <summary>A new API cart with the lines added one by one; returns its id and the last answer to an add.</summary>
    public static async Task<(Guid Cart, HttpResponseMessage Added)> ApiCartAsync(HttpClient client, object line)
    {
        var created = await JsonAsync(await client.PostAsync("/api/storefront/v1/carts", null), HttpStatusCode.Created);
        var cart = created.GetProperty("id").GetGuid();
        return (cart, await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cart}/lines", line));
    }

    public static async Task<HttpResponseMessage> ApiCheckoutAsync(HttpClient client, Guid cart, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cart}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "app@example.com",
                shippingAddress = new { name = "Erika Muster", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
                shippingMethod = "dhl",
                paymentMethod = "bank-transfer",
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>
    /// Staff in the built-in <paramref name="role"/> with its default permissions, less <paramref name="without"/>,
    /// signed in to the store's admin.
    /// </summary>
    public static async Task<AdminSession> StaffAsync(TestTenant store, string role, string? without = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        await using (var scope = await store.ScopeAsync())
        {
            var roles = scope.ServiceProvider.GetRequiredService<BuiltInRoles>();
            await roles.SetAsync(role, [.. roles.DefaultsFor(role).Where(p => p != without)], CancellationToken.None);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser(email) { Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, AdminSession.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var session = new AdminSession(store);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email)).StatusCode);
        return session;
    }
}
