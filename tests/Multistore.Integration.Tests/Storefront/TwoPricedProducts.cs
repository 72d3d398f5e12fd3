namespace Multistore.Integration.Tests.Storefront;

/// <summary>A store with two priced products (CAP-1 at $25, MUG-1 at $12), for tests of what pages show and cache.</summary>
internal static class TwoPricedProducts
{
    public const string Recipe = """
        {
          "name": "two-priced-products",
          "parameters": [ { "name": "SiteName" }, { "name": "AdminEmail" }, { "name": "AdminPassword" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "catalog", "products": [
              { "sku": "CAP-1", "translations": { "en-US": { "name": "Harbour Cap", "slug": "harbour-cap" } } },
              { "sku": "MUG-1", "translations": { "en-US": { "name": "Harbour Mug", "slug": "harbour-mug" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "USD", "default": true, "prices": [
              { "sku": "CAP-1", "amount": 25 }, { "sku": "MUG-1", "amount": 12 } ] } ] }
          ]
        }
        """;
}
