using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Feeds;

/// <summary>
/// A German store with English as second culture, the Marketplace feature and an administrator, whose products each
/// have one thing a marketplace would object to: CLEAN none (brand, GTIN, photo, both languages), NOPIC no image,
/// NOPRICE no price, LONG a 200-character title in both languages, LONGEN one only in English, DEONLY no English
/// text. An order manager (no catalog permission) signs in too.
/// </summary>
public static class FeedCheckStore
{
    public const string AdminEmail = "feeds@example.com";
    public const string OrderManagerEmail = "orders@example.com";
    public static readonly string LongTitle = string.Concat(Enumerable.Repeat("Wanderjacke ", 17))[..200];

    private static string Complete(string sku, string de, string en, bool photo = true) => $$"""
        { "sku": "{{sku}}", "attributes": { "brand": "Nordkap", "gtin": "4006381333931" },
          "translations": { "de-DE": { "name": "{{de}}", "slug": "{{sku.ToLowerInvariant()}}", "description": "<p>Gut.</p>" },
                            "en-US": { "name": "{{en}}", "slug": "{{sku.ToLowerInvariant()}}-en", "description": "<p>Good.</p>" } }
          {{(photo ? $$""", "images": [ { "data": "{{FeedStore.Photo()}}" } ]""" : "")}} }
        """;

    private static string Recipe() => $$"""
        {
          "name": "feed-check-test",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Marketplace", "Multistore.StorefrontApi", "Multistore.Users", "Multistore.Inventory", "Multistore.Promotions",
                                          "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Site": { "SiteName": "Bergladen", "DefaultCulture": "de-DE", "SupportedCultures": [ "en-US" ], "Currency": "EUR" },
              "Checkout": { "Countries": [ "DE" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [
                {{Complete("CLEAN", "Mütze", "Beanie")}},
                {{Complete("NOPIC", "Schal", "Scarf", photo: false)}},
                {{Complete("NOPRICE", "Handschuhe", "Gloves")}},
                {{Complete("LONG", LongTitle, LongTitle)}},
                {{Complete("LONGEN", "Jacke", LongTitle)}},
                { "sku": "DEONLY", "attributes": { "brand": "Nordkap", "gtin": "4006381333931" },
                  "translations": { "de-DE": { "name": "Socken", "slug": "socken", "description": "<p>Warm.</p>" } },
                  "images": [ { "data": "{{FeedStore.Photo()}}" } ] } ] },
            { "name": "pricelists", "lists": [ { "name": "Euro", "currency": "EUR", "default": true, "prices": [
                { "sku": "CLEAN", "amount": 25 }, { "sku": "NOPIC", "amount": 30 }, { "sku": "LONG", "amount": 99 },
                { "sku": "LONGEN", "amount": 149 }, { "sku": "DEONLY", "amount": 12 } ] } ] },
            { "name": "users", "users": [ { "email": "{{OrderManagerEmail}}", "password": "${AdminPassword}", "roles": [ "OrderManager" ] } ] }
          ]
        }
        """;

    public static Task<TestTenant> CreateAsync() =>
        MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe(), AdminSession.Parameters(AdminEmail, "Bergladen"));

    /// <summary>The problems the check lists for each SKU (the row's SKU, the texts of its problem items).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Problems(HtmlPage page) =>
        page.All("#feed-problems tbody tr").ToDictionary(
            row => row.GetAttribute("data-sku")!,
            row => (IReadOnlyList<string>)[.. row.QuerySelectorAll("li").Select(HtmlPage.Visible)]);
}
