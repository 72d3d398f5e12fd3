using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Recommendations;

/// <summary>
/// A German store selling a lamp, a shade, a bulb and a chair, beside a product sold out, one without a price and a
/// draft; with cart, checkout and the test payment, and the Recommendations feature unless told otherwise.
/// </summary>
public static class RecommendationStore
{
    public static string Recipe(bool recommendations, bool search = false) => $$"""
        {
          "name": "recommendations-test",
          "parameters": [ { "name": "Theme", "default": "Storefront" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce"{{(recommendations ? ", \"Multistore.Recommendations\"" : "")}}{{(search ? ", \"Multistore.Search\"" : "")}} ] },
            { "name": "settings", "Site": { "SiteName": "Lichtladen", "DefaultCulture": "de-DE", "Currency": "EUR" }, "Checkout": { "Countries": [ "DE" ], "PricesIncludeTax": true } },
            { "name": "catalog", "products": [
              { "sku": "LAMP", "translations": { "de-DE": { "name": "Stehlampe", "slug": "stehlampe", "description": "<p>Stehlampe mit Leinenschirm und Messingfuß, warmes Licht zum Lesen.</p>" } } },
              { "sku": "SHADE", "translations": { "de-DE": { "name": "Lampenschirm", "slug": "lampenschirm", "description": "<p>Leinenschirm für jede Stehlampe, mit Messingring.</p>" } } },
              { "sku": "BULB", "translations": { "de-DE": { "name": "Glühbirne", "slug": "gluehbirne", "description": "<p>Glühbirne E27, warmes Licht.</p>" } } },
              { "sku": "CHAIR", "translations": { "de-DE": { "name": "Lesesessel", "slug": "lesesessel", "description": "<p>Bequemer Sessel aus Leder.</p>" } } },
              { "sku": "SOLDOUT", "translations": { "de-DE": { "name": "Ausverkaufte Leuchte", "slug": "ausverkauft" } } },
              { "sku": "NOPRICE", "translations": { "de-DE": { "name": "Preislose Leuchte", "slug": "ohne-preis" } } },
              { "sku": "DRAFT", "status": "Draft", "translations": { "de-DE": { "name": "Geheimer Entwurf", "slug": "entwurf" } } }
            ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [
              { "sku": "LAMP", "amount": 89 }, { "sku": "SHADE", "amount": 29 }, { "sku": "BULB", "amount": 4.5 }, { "sku": "CHAIR", "amount": 349 },
              { "sku": "SOLDOUT", "amount": 59 }, { "sku": "DRAFT", "amount": 10 } ] },
              { "name": "USD", "currency": "USD", "prices": [ { "sku": "NOPRICE", "amount": 20 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ],
              "stock": [ { "sku": "LAMP", "onHand": 100 }, { "sku": "SHADE", "onHand": 100 }, { "sku": "BULB", "onHand": 100 }, { "sku": "CHAIR", "onHand": 100 },
                         { "sku": "SOLDOUT", "onHand": 0 }, { "sku": "NOPRICE", "onHand": 100 }, { "sku": "DRAFT", "onHand": 100 } ] }
          ]
        }
        """;

    public static Task<TestTenant> CreateAsync(bool recommendations = true, string theme = "Storefront", bool search = false) =>
        MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe(recommendations, search), new Dictionary<string, string> { ["Theme"] = theme });

    /// <summary>Places an order of one of each SKU as checkout does (cart, then the test card), which publishes OrderPlaced.</summary>
    public static async Task PlaceOrderAsync(this TestTenant store, params string[] skus)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        await using var scope = await store.ScopeAsync();
        var carts = scope.ServiceProvider.GetRequiredService<ICartService>();
        var cart = await carts.CreateAsync(null, Touchpoints.Web, CancellationToken.None);
        foreach (var sku in skus)
        {
            cart = (await carts.AddLineAsync(cart.Id, sku, 1, Touchpoints.Web, CancellationToken.None))!;
        }

        var placed = await scope.ServiceProvider.GetRequiredService<ICheckoutService>().PlaceOrderAsync(new PlaceOrderRequest
        {
            CartId = cart.Id,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Email = "kunde@example.com",
            ShippingAddress = new Address { Name = "Erika Muster", Line1 = "Unter den Linden 1", City = "Berlin", PostalCode = "10117", Country = "DE" },
            ShippingMethod = "standard",
            PaymentMethod = "test-card",
        }, CancellationToken.None);
        Assert.NotNull(placed);
    }

    /// <summary>The product names of a recommendation list on a page ("bought-together" or "also-like"), empty when the page has none.</summary>
    public static IReadOnlyList<string> Recommended(this HtmlPage page, string list) =>
        page.Texts($"[data-recommendations='{list}'] .card-title");
}
