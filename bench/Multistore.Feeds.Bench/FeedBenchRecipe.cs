using System.Globalization;
using System.Text;

namespace Multistore.Feeds.Bench;

/// <summary>
/// A store with the Marketplace feature and N products in two cultures: every tenth has three sized variants, every
/// fifth a compare-at price; prices from a ladder of 200 points; stock for every sellable SKU (a quarter sold out);
/// shipping to Germany, free above 100 EUR.
/// </summary>
public static class FeedBenchRecipe
{
    public static string Json(int products)
    {
        var catalog = new StringBuilder();
        var prices = new StringBuilder();
        var stock = new StringBuilder();
        for (var i = 0; i < products; i++)
        {
            var sku = $"FEED-{i:D6}";
            var variants = i % 10 == 0 ? new[] { sku + "-S", sku + "-M", sku + "-L" } : [];
            Separate(catalog).Append(CultureInfo.InvariantCulture,
                $$"""{ "sku": "{{sku}}", "weightKg": {{(i % 7) + 0.5m}}, "translations": { "de-DE": { "name": "Produkt {{i}}", "slug": "produkt-{{i}}", "description": "<p>Ein Produkt für jeden Tag, Nummer {{i}}.</p>" }, "en-US": { "name": "Product {{i}}", "slug": "product-{{i}}" } }""");
            if (variants.Length > 0)
            {
                catalog.Append(""", "options": [ "size" ], "variants": [ """)
                    .AppendJoin(", ", variants.Select(v => $$"""{ "sku": "{{v}}", "values": [ "{{v[^1]}}" ] }""")).Append(" ]");
            }

            catalog.Append(" }");
            foreach (var sellable in variants.Length > 0 ? variants : [sku])
            {
                var amount = PricePoints[i * 7919 % PricePoints.Length];
                Separate(prices).Append(CultureInfo.InvariantCulture, $$"""{ "sku": "{{sellable}}", "amount": {{amount}}{{(i % 5 == 0 ? $", \"compareAt\": {amount + 10m}" : "")}} }""");
                Separate(stock).Append(CultureInfo.InvariantCulture, $$"""{ "sku": "{{sellable}}", "onHand": {{i % 4}} }""");
            }
        }

        return $$"""
            {
              "name": "feed-bench",
              "parameters": [ { "name": "SiteName" }, { "name": "Culture" }, { "name": "Currency" } ],
              "steps": [
                { "name": "recipes", "values": [ { "name": "store" } ] },
                { "name": "features", "enable": [ "Multistore.Marketplace", "Multistore.Inventory", "Multistore.Shipping" ] },
                { "name": "settings", "Site": { "SupportedCultures": [ "en-US" ] } },
                { "name": "catalog", "products": [ {{catalog}} ] },
                { "name": "pricelists", "lists": [ { "name": "Euro", "currency": "EUR", "default": true, "prices": [ {{prices}} ] } ] },
                { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ {{stock}} ] },
                { "name": "shipping", "zones": [ { "name": "Deutschland", "areas": [ { "country": "DE" } ], "rates": [ { "code": "dhl", "name": "DHL Paket", "price": 4.9, "freeAbove": 100 } ] } ] }
              ]
            }
            """;
    }

    /// <summary>200 price points from 9.95 to 1,999.95, as a shop's price ladder has; shipping is quoted once per point and weight.</summary>
    private static readonly decimal[] PricePoints = [.. Enumerable.Range(0, 200).Select(p => 9.95m + p * 10m)];

    private static StringBuilder Separate(StringBuilder builder) => builder.Length > 0 ? builder.Append(",\n") : builder;
}
