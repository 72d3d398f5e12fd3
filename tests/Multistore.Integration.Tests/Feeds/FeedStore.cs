using Multistore.Integration.Tests.Fixtures;
using Multistore.Recipes;
using SkiaSharp;

namespace Multistore.Integration.Tests.Feeds;

/// <summary>
/// A German store with English as second culture and the Marketplace feature: a product with two sized variants
/// (the last of one size in stock), one on sale, one with a brand and GTIN and a photo, a draft, and one whose name tries to close a
/// script element; stock, and shipping to Germany only.
/// </summary>
public static class FeedStore
{
    public const string HostileName = "Mütze </script><script>alert(1)</script>";

    public static string Recipe(string skuPrefix = "", bool marketplace = true) => $$"""
        {
          "name": "feeds-test",
          "parameters": [ { "name": "Theme", "default": "Storefront" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Shipping", "Multistore.Search"{{(marketplace ? ", \"Multistore.Marketplace\"" : "")}} ] },
            { "name": "settings", "Site": { "SiteName": "Bergladen", "DefaultCulture": "de-DE", "SupportedCultures": [ "en-US" ], "Currency": "EUR" } },
            { "name": "catalog",
              "categories": [ { "key": "footwear", "names": { "de-DE": "Schuhe", "en-US": "Footwear" } } ],
              "products": [
                { "sku": "{{skuPrefix}}BOOT", "categories": [ "footwear" ], "options": [ "size" ], "weightKg": 1.2,
                  "variants": [ { "sku": "{{skuPrefix}}BOOT-42", "values": [ "42" ] }, { "sku": "{{skuPrefix}}BOOT-43", "values": [ "43" ] } ],
                  "translations": { "de-DE": { "name": "Wanderstiefel", "slug": "wanderstiefel", "description": "<p>Robuste Stiefel aus <b>Leder</b> &amp; Gummi.</p>" },
                                    "en-US": { "name": "Hiking Boots", "slug": "hiking-boots", "description": "<p>Sturdy leather boots.</p>" } } },
                { "sku": "{{skuPrefix}}PARKA", "translations": { "de-DE": { "name": "Winterparka, warm", "slug": "winterparka", "description": "<p>Warmer Parka.</p>" } } },
                { "sku": "{{skuPrefix}}CAP", "attributes": { "brand": "Nordkap", "gtin": "4006381333931" },
                  "translations": { "de-DE": { "name": "Mütze", "slug": "muetze", "description": "<p>Wolle.</p>" } },
                  "images": [ { "data": "{{Photo()}}", "alt": { "de-DE": "Mütze" } } ] },
                { "sku": "{{skuPrefix}}HOSTILE", "translations": { "de-DE": { "name": "{{HostileName.Replace("\"", "\\\"", StringComparison.Ordinal)}}", "slug": "hostile" } } },
                { "sku": "{{skuPrefix}}DRAFT", "status": "Draft", "translations": { "de-DE": { "name": "Geheimer Entwurf", "slug": "entwurf" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Euro", "currency": "EUR", "default": true, "prices": [
                { "sku": "{{skuPrefix}}BOOT-42", "amount": 189 }, { "sku": "{{skuPrefix}}BOOT-43", "amount": 199.5 },
                { "sku": "{{skuPrefix}}PARKA", "amount": 349, "compareAt": 399 }, { "sku": "{{skuPrefix}}CAP", "amount": 25 },
                { "sku": "{{skuPrefix}}HOSTILE", "amount": 5 }, { "sku": "{{skuPrefix}}DRAFT", "amount": 10 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ],
              "stock": [ { "sku": "{{skuPrefix}}BOOT-42", "onHand": 5 }, { "sku": "{{skuPrefix}}BOOT-43", "onHand": 1 } ] },
            { "name": "shipping", "zones": [ { "name": "Deutschland", "areas": [ { "country": "DE" } ],
              "rates": [ { "code": "dhl", "name": "DHL Paket", "price": 4.9 }, { "code": "express", "name": "Express", "price": 14.9 } ] } ] }
          ]
        }
        """;

    public static Task<TestTenant> CreateAsync(string skuPrefix = "", bool marketplace = true, string? prefix = null, string theme = "Storefront", MultistoreFactory? factory = null) =>
        (factory ?? MultistoreFactory.Shared).CreateTenantAsync(RecipeReader.Read(Recipe(skuPrefix, marketplace), "feeds-test.recipe.json"),
            new Dictionary<string, string> { ["Theme"] = theme }, prefix);

    public static string Photo()
    {
        using var bitmap = new SKBitmap(640, 640);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return Convert.ToBase64String(png.ToArray());
    }
}
