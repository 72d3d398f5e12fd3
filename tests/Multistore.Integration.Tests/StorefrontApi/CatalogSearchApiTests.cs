using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class CatalogSearchApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static readonly string Recipe = Catalog.CatalogRecipes.German
        .Replace("\"enable\": [ \"Multistore.Search\" ]", "\"enable\": [ \"Multistore.Search\", \"Multistore.StorefrontApi\" ]", StringComparison.Ordinal);

    [Fact]
    public async Task CategoriesComeAsATreeInTheRequestsCulture()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        var client = store.CreateClient();

        var german = await client.GetFromJsonAsync<JsonElement>("/api/storefront/v1/categories");
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/categories");
        english.Headers.Add("Accept-Language", "en-US");
        var englishTree = await (await client.SendAsync(english)).Content.ReadFromJsonAsync<JsonElement>();

        var clothing = german.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "clothing");
        Assert.Equal("Kleidung", clothing.GetProperty("name").GetString());
        Assert.Equal("Oberbekleidung", clothing.GetProperty("children")[0].GetProperty("name").GetString());
        Assert.Equal(2, german.GetArrayLength());
        Assert.Equal("Outerwear", englishTree.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "clothing").GetProperty("children")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task SearchFiltersByCategoryPriceAndFacetAndCountsFacetsOfAllMatches()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        await store.SearchAsync("?q=Winterparka");
        var client = store.CreateClient();

        var all = await SearchAsync(client, "", result => result.GetProperty("total").GetInt32() == 3);
        var clothing = await SearchAsync(client, "?category=clothing&sort=price-desc");
        var cheap = await SearchAsync(client, "?priceMax=100");
        var wool = await SearchAsync(client, "?facets=material:Wolle");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var materials = all.GetProperty("facets").GetProperty("attributes").GetProperty("material");
        Assert.Equal(3, materials.GetArrayLength());
        Assert.Contains(all.GetProperty("facets").GetProperty("categories").EnumerateArray(), c => c.GetProperty("value").GetString() == "footwear" && c.GetProperty("count").GetInt32() == 1);
        Assert.True(all.GetProperty("facets").GetProperty("price").GetArrayLength() > 0);
        Assert.Equal(["PARKA", "CAP"], Skus(clothing));
        Assert.Equal(["CAP"], Skus(cheap));
        Assert.Equal(["CAP"], Skus(wool));
        Assert.Equal("EUR", wool.GetProperty("items")[0].GetProperty("price").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task MalformedQueryGivesResultsForTheEscapedTextAndBadFiltersNameTheirParameter()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        await store.SearchAsync("?q=Winterparka");
        var client = store.CreateClient();

        foreach (var query in new[] { "Winterparka\"(", "Winterparka AND", "[Winterparka TO", "(((" })
        {
            var response = await client.GetAsync($"/api/storefront/v1/search?q={Uri.EscapeDataString(query)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Contains("PARKA", Skus(await SearchAsync(client, $"?q={Uri.EscapeDataString("Winterparka\"(")}")));
        foreach (var (query, field) in new[] { ("priceMin=abc", "priceMin"), ("facets=material", "facets"), ("sort=cheapest", "sort"), ("category=nope", "category"), ("pageSize=0", "pageSize") })
        {
            var bad = await client.GetAsync($"/api/storefront/v1/search?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query} should name {field}.");
        }
    }

    [Fact]
    public async Task SearchPricesFiltersBandsAndSortsInTheCurrencyAskedFor()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe.Replace(
            """{ "name": "Euro",""",
            """
            { "name": "Kronor", "currency": "SEK", "default": true, "prices": [
                { "sku": "BOOT-42", "amount": 1500 }, { "sku": "BOOT-43", "amount": 1600 }, { "sku": "PARKA", "amount": 900, "compareAt": 1200 },
                { "sku": "CAP", "amount": 3000 } ] },
            { "name": "Euro",
            """,
            StringComparison.Ordinal));
        await store.SearchAsync("?q=Winterparka");
        var client = store.CreateClient();
        await SearchAsync(client, "", result => result.GetProperty("total").GetInt32() == 3);

        var euros = await SearchAsync(client, "?sort=price");
        var kronor = await SearchAsync(client, "?sort=price&currency=sek");
        var cheapInKronor = await SearchAsync(client, "?currency=SEK&priceMax=1000");

        Assert.Equal(["CAP", "BOOT", "PARKA"], Skus(euros));
        Assert.Equal("EUR", euros.GetProperty("currency").GetString());
        Assert.Equal(["PARKA", "BOOT", "CAP"], Skus(kronor));
        Assert.Equal("SEK", kronor.GetProperty("currency").GetString());
        var parka = kronor.GetProperty("items")[0];
        Assert.Equal(900m, parka.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("SEK", parka.GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal(1200m, parka.GetProperty("compareAt").GetProperty("amount").GetDecimal());
        var bands = kronor.GetProperty("facets").GetProperty("price").EnumerateArray().ToList();
        Assert.NotEmpty(bands);
        Assert.All(bands, b => Assert.Equal("SEK", b.GetProperty("from").GetProperty("currency").GetString()));
        Assert.Equal(3, bands.Sum(b => b.GetProperty("count").GetInt32()));
        Assert.Equal(["PARKA"], Skus(cheapInKronor));
    }

    [Fact]
    public async Task CurrencyTheStoreDoesNotSellInIsA400NamingCurrency()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        var client = store.CreateClient();

        var response = await client.GetAsync("/api/storefront/v1/search?q=parka&currency=USD");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("currency")[0].GetString();
        Assert.Contains("EUR", message);
        Assert.StartsWith("currency ", message);
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query, Func<JsonElement, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            // 503 while the new store's index is still being built: ask again, as an app would.
            using var response = await client.GetAsync($"/api/storefront/v1/search{query}");
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                if ((until?.Invoke(result) ?? result.GetProperty("total").GetInt32() > 0) || DateTime.UtcNow > deadline)
                {
                    return result;
                }
            }

            await Task.Delay(50);
        }
    }

    private static string[] Skus(JsonElement result) => [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()!)];
}
