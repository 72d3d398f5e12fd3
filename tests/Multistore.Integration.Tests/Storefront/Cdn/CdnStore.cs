using System.Net.Http.Headers;

namespace Multistore.Integration.Tests.Storefront.Cdn;

/// <summary>A store with two priced products, and what a CDN reads from and sends to its pages.</summary>
internal static class CdnStore
{
    public const string Recipe = """
        {
          "name": "cdn-pages",
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

    public static IReadOnlyList<string> SurrogateKeysOf(HttpResponseMessage page) =>
        page.Headers.GetValues("Surrogate-Key").Single().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A CDN asking whether its copy is still good.</summary>
    public static HttpRequestMessage Revalidate(string path, EntityTagHeaderValue copy)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(copy);
        return request;
    }
}
