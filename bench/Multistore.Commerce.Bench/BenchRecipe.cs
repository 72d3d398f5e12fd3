namespace Multistore.Bench.Commerce;

public static class BenchRecipe
{
    public const string Json = """
        {
          "name": "commerce-bench",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE" ] } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } }, { "sku": "CHAIR", "translations": { "de-DE": { "name": "Stuhl" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 49.90 }, { "sku": "CHAIR", "amount": 120 } ] } ] },
            { "name": "inventory", "stock": [ { "sku": "LAMP", "onHand": 100000 }, { "sku": "CHAIR", "onHand": 100000 } ] }
          ]
        }
        """;
}
