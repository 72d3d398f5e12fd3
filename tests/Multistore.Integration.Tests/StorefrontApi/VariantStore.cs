using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>A German store with English as second culture, a product sold in two labelled colors, prices in EUR and SEK, tracked stock.</summary>
public static class VariantStore
{
    public static Task<TestTenant> CreateAsync(MultistoreFactory factory, string extraProducts = "", string features = "", string settings = "") =>
        factory.CreateTenantFromJsonAsync($$"""
            {
              "name": "variant-store",
              "steps": [
                { "name": "recipes", "values": [ { "name": "store" } ] },
                { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart"{{features}} ] },
                { "name": "settings", "Site": { "SiteName": "Bergladen", "DefaultCulture": "de-DE", "SupportedCultures": [ "en-US" ], "Currency": "EUR" }{{settings}} },
                { "name": "catalog",
                  "attributes": [ { "name": "color", "names": { "de-DE": "Farbe", "en-US": "Color" }, "values": { "Red": { "de-DE": "Rot", "en-US": "Red" }, "Blue": { "de-DE": "Blau", "en-US": "Blue" } } } ],
                  "products": [
                    { "sku": "HAT", "options": [ "color" ],
                      "variants": [ { "sku": "HAT-RED", "values": [ "Red" ] }, { "sku": "HAT-BLUE", "values": [ "Blue" ] } ],
                      "translations": { "de-DE": { "name": "Mütze", "slug": "muetze", "description": "Warm." }, "en-US": { "name": "Hat", "description": "Warm." } } },
                    { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe", "slug": "lampe", "description": "Hell." } } }{{extraProducts}} ] },
                { "name": "pricelists", "lists": [
                  { "name": "Euro", "currency": "EUR", "default": true, "prices": [
                    { "sku": "HAT-RED", "amount": 20, "compareAt": 25 }, { "sku": "HAT-BLUE", "amount": 22 }, { "sku": "LAMP", "amount": 12.5 } ] },
                  { "name": "Krona", "currency": "SEK", "default": true, "prices": [
                    { "sku": "HAT-RED", "amount": 229 }, { "sku": "HAT-BLUE", "amount": 249 }, { "sku": "LAMP", "amount": 139 } ] } ] },
                { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ],
                  "stock": [ { "sku": "HAT-RED", "onHand": 10, "lowStock": 3 }, { "sku": "HAT-BLUE", "onHand": 0 } ] }
              ]
            }
            """);
}
