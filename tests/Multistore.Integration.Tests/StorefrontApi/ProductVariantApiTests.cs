using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Inventory.Domain;
using Multistore.Inventory.Services;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class ProductVariantApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ListAndDetailShowEveryVariantWithLabelsInTheRequestsCulture()
    {
        var store = await VariantStore.CreateAsync(Factory);
        var client = store.CreateClient();

        var german = await GetAsync(client, "/api/storefront/v1/products", "de-DE");
        var english = await GetAsync(client, "/api/storefront/v1/products/muetze", "en-US");

        var hat = german.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("sku").GetString() == "HAT");
        Assert.Equal(["HAT-RED", "HAT-BLUE"], hat.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()));
        Assert.Equal("Farbe", hat.GetProperty("options")[0].GetProperty("label").GetString());
        var red = hat.GetProperty("variants")[0];
        Assert.Equal("Rot", red.GetProperty("name").GetString());
        Assert.Equal("Red", red.GetProperty("options")[0].GetProperty("value").GetString());
        Assert.Equal("Rot", red.GetProperty("options")[0].GetProperty("label").GetString());
        Assert.Equal(20m, hat.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("Hat", english.GetProperty("name").GetString());
        Assert.Equal("Color", english.GetProperty("options")[0].GetProperty("label").GetString());
        Assert.Equal(["Red", "Blue"], english.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.DoesNotContain(english.GetProperty("variants").EnumerateArray(), v => v.GetProperty("sku").GetString() == "HAT");
    }

    [Fact]
    public async Task VariantsArePricedInTheRequestedCurrencyAndAnUnsoldCurrencyIsRefused()
    {
        var store = await VariantStore.CreateAsync(Factory);
        var client = store.CreateClient();

        var euro = await GetAsync(client, "/api/storefront/v1/products/muetze", "de-DE");
        var krona = await GetAsync(client, "/api/storefront/v1/products?currency=sek", "de-DE");
        var refused = await client.GetAsync("/api/storefront/v1/products?currency=USD");

        var red = euro.GetProperty("variants")[0];
        Assert.Equal(20m, red.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(25m, red.GetProperty("compareAt").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", red.GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal("SEK", krona.GetProperty("currency").GetString());
        var hat = krona.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("sku").GetString() == "HAT");
        Assert.Equal(249m, hat.GetProperty("variants")[1].GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("SEK", hat.GetProperty("variants")[1].GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("SEK", problem.RootElement.GetProperty("errors").GetProperty("currency")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StockStatusFollowsTheStock()
    {
        var store = await VariantStore.CreateAsync(Factory);
        var client = store.CreateClient();

        var before = await GetAsync(client, "/api/storefront/v1/products/muetze", "de-DE");
        await AdjustAsync(store, "HAT-RED", -8);
        var low = await GetAsync(client, "/api/storefront/v1/products/muetze", "de-DE");
        await AdjustAsync(store, "HAT-RED", -2);
        var gone = await GetAsync(client, "/api/storefront/v1/products/muetze", "de-DE");

        Assert.Equal("in-stock", Stock(before, 0).GetProperty("status").GetString());
        Assert.False(Stock(before, 0).TryGetProperty("count", out _));
        Assert.Equal("out-of-stock", Stock(before, 1).GetProperty("status").GetString());
        Assert.False(before.GetProperty("variants")[1].GetProperty("available").GetBoolean());
        Assert.Equal("low-stock", Stock(low, 0).GetProperty("status").GetString());
        Assert.Equal(2, Stock(low, 0).GetProperty("count").GetInt32());
        Assert.True(low.GetProperty("variants")[0].GetProperty("available").GetBoolean());
        Assert.Equal("out-of-stock", Stock(gone, 0).GetProperty("status").GetString());
        Assert.False(gone.GetProperty("variants")[0].GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task PagesAreCountedInAllAndPageTwoHasTheNextItems()
    {
        var more = string.Concat(Enumerable.Range(1, 5).Select(i => $$""", { "sku": "BOOK-{{i}}", "translations": { "de-DE": { "name": "Buch {{i}}" } } }"""));
        var store = await VariantStore.CreateAsync(Factory, more);
        var client = store.CreateClient();

        var first = await GetAsync(client, "/api/storefront/v1/products?page=1&pageSize=3", "de-DE");
        var second = await GetAsync(client, "/api/storefront/v1/products?page=2&pageSize=3", "de-DE");
        var last = await GetAsync(client, "/api/storefront/v1/products?page=3&pageSize=3", "de-DE");
        var books = await GetAsync(client, "/api/storefront/v1/products?q=BUCH&pageSize=2&page=2", "de-DE");

        Assert.Equal(7, first.GetProperty("total").GetInt32());
        Assert.Equal(7, second.GetProperty("total").GetInt32());
        var seen = new[] { first, second, last }.SelectMany(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString())).ToList();
        Assert.Equal(7, seen.Distinct().Count());
        // Display order is the order products were made in: the recipe's.
        Assert.Equal(["HAT", "LAMP", "BOOK-1"], Skus(first));
        Assert.Equal(["BOOK-2", "BOOK-3", "BOOK-4"], Skus(second));
        Assert.Equal(["BOOK-5"], Skus(last));
        Assert.Equal(5, books.GetProperty("total").GetInt32());
        Assert.Equal(["BOOK-3", "BOOK-4"], Skus(books));
    }

    [Fact]
    public async Task CartRefusesTheBaseSkuOfAProductWithVariantsAndAnUnknownSkuNamingIt()
    {
        var store = await VariantStore.CreateAsync(Factory, features: ", \"Multistore.Checkout\", \"Multistore.Orders\"");
        var client = store.CreateClient();
        using var cart = JsonDocument.Parse(await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync());
        var id = cart.RootElement.GetProperty("id").GetGuid();

        var baseSku = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{id}/lines", new { sku = "HAT", quantity = 1 });
        var unknown = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{id}/lines", new { sku = "NO-SUCH-SKU", quantity = 1 });
        var variant = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{id}/lines", new { sku = "HAT-RED", quantity = 1 });

        foreach (var (response, sku) in new[] { (baseSku, "HAT"), (unknown, "NO-SUCH-SKU") })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(sku, problem.RootElement.GetProperty("errors").GetProperty("sku")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        using var withLine = JsonDocument.Parse(await variant.Content.ReadAsStringAsync());
        Assert.Equal("HAT-RED", Assert.Single(withLine.RootElement.GetProperty("lines").EnumerateArray()).GetProperty("sku").GetString());
    }

    [Fact]
    public async Task WebCartRefusesTheBaseSkuNamingItInTheShoppersLanguage()
    {
        var store = await VariantStore.CreateAsync(Factory);
        var client = store.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/cart/lines")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = "HAT", ["quantity"] = "1" }),
        };
        post.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains(page.Errors(), e => e.Contains("HAT", StringComparison.Ordinal) && e.Contains("Varianten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecommendationsComeInTheListShapeAndAre404WhenTheFeatureIsOffOrTheProductUnknown()
    {
        var store = await VariantStore.CreateAsync(Factory, features: ", \"Multistore.Testing.Recommendations\"",
            settings: ", \"TestRecommendations\": { \"Skus\": [ \"HAT\", \"LAMP\" ] }");
        var without = await VariantStore.CreateAsync(Factory);

        var forLamp = await GetAsync(store.CreateClient(), "/api/storefront/v1/products/lampe/recommendations", "de-DE");
        var unknown = await store.CreateClient().GetAsync("/api/storefront/v1/products/no-such-thing/recommendations");
        var off = await without.CreateClient().GetAsync("/api/storefront/v1/products/lampe/recommendations");

        var hat = Assert.Single(forLamp.GetProperty("items").EnumerateArray());
        Assert.Equal("HAT", hat.GetProperty("sku").GetString());
        Assert.Equal("similar", hat.GetProperty("reason").GetString());
        Assert.Equal(["Rot", "Blau"], hat.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        Assert.Equal("application/problem+json", off.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", culture);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Stock(JsonElement product, int variant) => product.GetProperty("variants")[variant].GetProperty("stock");

    private static IEnumerable<string?> Skus(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString());

    private static async Task AdjustAsync(TestTenant store, string sku, int change)
    {
        var shell = await ApiStore.ShellAsync(Factory, store);
        await using var scope = shell.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStockService>().AdjustAsync(sku, "main", change, StockMovementReason.Adjusted, "count", CancellationToken.None);
    }
}
