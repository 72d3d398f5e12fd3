using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Services;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// While a node has not built a store's search index, category pages list from the database: the database must put
/// the same products in each category as the index does (sub-categories included), or a shopper would see a shelf
/// change when the index arrives.
/// </summary>
public sealed class CategoryFromDatabaseTests
{
    [Theory]
    [InlineData("nordic-se")]
    [InlineData("outlet-us")]
    public async Task EveryCategoryListsTheSameProductsFromTheDatabaseAsFromTheIndex(string recipe)
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync(recipe);
        var client = store.CreateClient();
        await using var scope = await store.ScopeAsync();
        var catalog = scope.ServiceProvider.GetRequiredService<IProductCatalog>();
        var culture = CultureInfo.CurrentCulture.Name;
        var categories = await catalog.ListCategoriesAsync(culture, default);
        Assert.NotEmpty(categories);

        foreach (var category in categories)
        {
            var fromIndex = await IndexedSkusAsync(client, category.Key);
            var fromDatabase = await catalog.PageActiveAsync(new CatalogPageQuery(culture, null, 0, 100) { Category = category.Key }, default);
            Assert.True(fromIndex.SetEquals(fromDatabase.Items.Select(p => p.Sku)),
                $"{category.Key}: index {string.Join(",", fromIndex.Order())}, database {string.Join(",", fromDatabase.Items.Select(p => p.Sku).Order())}");
            Assert.Equal(fromIndex.Count, fromDatabase.Total);
        }

        var nowhere = await catalog.PageActiveAsync(new CatalogPageQuery(culture, null, 0, 100) { Category = "no-such-category" }, default);
        Assert.Equal(0, nowhere.Total);
    }

    private static async Task<HashSet<string>> IndexedSkusAsync(HttpClient client, string category)
    {
        // The API answers 503 until the store's index is built; then it is the index's answer.
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync($"/api/storefront/v1/search?category={Uri.EscapeDataString(category)}&pageSize=100");
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 600)
            {
                await Task.Delay(100);
                continue;
            }

            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()!)];
        }
    }
}
