using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>Search without a query lists the catalog (browse) in the requested sort, on the demo stores as on any other.</summary>
public sealed class SearchBrowseApiTests
{
    [Theory]
    [InlineData("outlet-us")]
    [InlineData("nordic-se")]
    public async Task SearchWithoutQueryListsTheWholeCatalogInEverySort(string recipe)
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync(recipe);
        var client = store.CreateClient();

        // Asked first while the new store's index may still be building: a store that has not indexed its catalog yet
        // must not answer "no products" in a response clients and CDNs may keep; it asks to be asked again.
        using var first = await client.GetAsync("/api/storefront/v1/search");
        var firstBody = await first.Content.ReadAsStringAsync();
        var byPrice = await BrowseAsync(client, "?sort=price", r => r.GetProperty("total").GetInt32() > 0);
        var catalog = byPrice.GetProperty("total").GetInt32();
        Assert.True(catalog > 0, "The demo catalog is indexed.");
        if (first.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.NotNull(first.Headers.RetryAfter);
            Assert.True(first.Headers.CacheControl?.NoStore, "A not-yet-indexed answer is not stored.");
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            using var answered = JsonDocument.Parse(firstBody);
            Assert.Equal(catalog, answered.RootElement.GetProperty("total").GetInt32());
        }

        foreach (var query in new[] { "", "?sort=relevance", "?sort=newest", "?sort=price-desc", "?q=", "?q=%20" })
        {
            var browse = await BrowseAsync(client, query, r => r.GetProperty("total").GetInt32() == catalog);
            Assert.True(catalog == browse.GetProperty("total").GetInt32(), $"search{query} lists {browse.GetProperty("total").GetInt32()} of {catalog} products.");
            Assert.Equal(Math.Min(catalog, 20), browse.GetProperty("items").GetArrayLength());
        }

        var newest = await BrowseAsync(client, "?pageSize=50&sort=newest");
        var priceDesc = await BrowseAsync(client, "?pageSize=50&sort=price-desc");
        var prices = priceDesc.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("price").ValueKind == JsonValueKind.Object)
            .Select(i => i.GetProperty("price").GetProperty("amount").GetDecimal()).ToList();
        Assert.Equal(prices.OrderByDescending(p => p), prices);
        Assert.Equal(Math.Min(catalog, 50), newest.GetProperty("items").GetArrayLength());
    }

    private static async Task<JsonElement> BrowseAsync(HttpClient client, string query, Func<JsonElement, bool>? until = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync($"/api/storefront/v1/search{query}");
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (until is null || until(result) || DateTime.UtcNow > deadline)
                {
                    return result;
                }
            }

            await Task.Delay(50);
        }
    }
}
