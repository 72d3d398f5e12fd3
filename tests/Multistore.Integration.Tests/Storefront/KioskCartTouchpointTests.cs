using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// A store on the Kiosk theme serves the kiosk touchpoint: a cart filled on its pages is the kiosk's, as the
/// touchpoint report and kiosk-only pickup see it, even when the screen sends no touchpoint header.
/// </summary>
public sealed class KioskCartTouchpointTests
{
    private const string Recipe = """
        {
          "name": "kiosk-carts",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Cart" ] },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "en-US": { "name": "Lamp" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Store", "kind": "Store" } ], "stock": [ { "sku": "LAMP", "onHand": 5 } ] }
          ]
        }
        """;

    [Theory]
    [InlineData("Kiosk", "kiosk")]
    [InlineData("Storefront", "web")]
    public async Task CartFilledOnTheStorePagesBelongsToTheTouchpointItsThemeServes(string theme, string touchpoint)
    {
        var store = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe,
            new Dictionary<string, string> { ["SiteName"] = "Lamp Shop", ["Culture"] = "en-US", ["Currency"] = "EUR", ["Theme"] = theme });
        var shopper = new ShopperSession(store);

        var added = await shopper.PostFormAsync("cart", "cart", new() { ["sku"] = "LAMP", ["quantity"] = "1" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(["Lamp"], (await HtmlPage.ParseAsync(added)).Texts("table.cart-lines tbody td:first-child a"));
        await using var scope = await store.ScopeAsync();
        var carts = await scope.ServiceProvider.GetRequiredService<CartDbContext>().Carts.Select(c => c.Touchpoint).ToListAsync();
        Assert.Equal(touchpoint, Assert.Single(carts));
    }
}
