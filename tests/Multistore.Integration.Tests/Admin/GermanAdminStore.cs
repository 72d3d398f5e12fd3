using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

/// <summary>
/// A store whose default culture is de-DE (English offered too), with the modules whose admin pages are translated,
/// and its owner signed in to the admin asking for German (Accept-Language: de-DE), as the nordic-de demo's staff would.
/// </summary>
public static class GermanAdminStore
{
    private const string Recipe = """
        {
          "name": "german-admin",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "settings", "Site": { "Currency": "EUR", "DefaultCulture": "de-DE", "SupportedCultures": [ "en-US" ] }, "Checkout": { "Countries": [ "DE" ] } },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout",
              "Multistore.Tax", "Multistore.Shipping", "Multistore.Payments.BankTransfer", "Multistore.Payments.CashOnDelivery", "Multistore.Payments.Invoice",
              "Multistore.Payments.Stripe", "Multistore.Search", "Multistore.Marketplace", "Multistore.StorefrontApi" ] },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } } ] },
            { "name": "shipping", "zones": [ { "name": "Deutschland", "areas": [ { "country": "DE" } ], "rates": [ { "code": "dhl", "name": "DHL Paket", "price": 4.9, "freeAbove": 50 } ] } ] }
          ]
        }
        """;

    /// <summary>A new store of its own and its owner's admin session, in German.</summary>
    public static async Task<AdminSession> SignInAsync()
    {
        var store = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com", "Bergladen"));
        var session = new AdminSession(store);

        // German only, whatever language the session would otherwise ask for.
        session.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await session.SignInAsync("owner@example.com")).StatusCode);
        return session;
    }
}
