namespace Multistore.Integration.Tests.Catalog;

/// <summary>A small store in German with English as second culture, categories, variants and prices.</summary>
public static class CatalogRecipes
{
    public const string German = """
        {
          "name": "catalog-test",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Search" ] },
            { "name": "settings", "Site": { "SiteName": "Bergladen", "DefaultCulture": "de-DE", "SupportedCultures": [ "en-US" ], "Currency": "EUR" } },
            { "name": "catalog",
              "categories": [
                { "key": "clothing", "names": { "de-DE": "Kleidung", "en-US": "Clothing" } },
                { "key": "outerwear", "parent": "clothing", "names": { "de-DE": "Oberbekleidung", "en-US": "Outerwear" } },
                { "key": "footwear", "names": { "de-DE": "Schuhe", "en-US": "Footwear" } } ],
              "products": [
                { "sku": "BOOT", "categories": [ "footwear" ], "attributes": { "material": "Leder" }, "options": [ "size" ],
                  "variants": [ { "sku": "BOOT-42", "values": [ "42" ] }, { "sku": "BOOT-43", "values": [ "43" ] } ],
                  "translations": { "de-DE": { "name": "Wanderstiefel", "description": "<p>Robuste Stiefel aus Leder.</p>" },
                                    "en-US": { "name": "Hiking Boots", "description": "<p>Sturdy leather boots.</p>" } } },
                { "sku": "PARKA", "categories": [ "outerwear" ], "attributes": { "material": "Daune" },
                  "translations": { "de-DE": { "name": "Winterparka", "description": "<p>Warmer Parka mit Daunenfüllung.</p>" },
                                    "en-US": { "name": "Winter Parka", "description": "<p>Warm down parka.</p>" } } },
                { "sku": "CAP", "categories": [ "clothing" ], "attributes": { "material": "Wolle" },
                  "translations": { "de-DE": { "name": "Mütze", "description": "<p>Warme Mütze aus Wolle.</p>" } } },
                { "sku": "DRAFT-1", "status": "Draft", "translations": { "de-DE": { "name": "Geheimer Entwurf" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Euro", "currency": "EUR", "default": true, "prices": [
                { "sku": "BOOT-42", "amount": 189 }, { "sku": "BOOT-43", "amount": 199 }, { "sku": "PARKA", "amount": 349, "compareAt": 399 },
                { "sku": "CAP", "amount": 25 }, { "sku": "DRAFT-1", "amount": 10 } ] } ] }
          ]
        }
        """;
}
