using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Catalog;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Search;

/// <summary>A store that sells in euros (its currency) and in kronor, with prices in another order in each.</summary>
public sealed class CurrencySearchTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static readonly string Recipe = CatalogRecipes.German.Replace(
        """{ "name": "Euro",""",
        """
        { "name": "Kronor", "currency": "SEK", "default": true, "prices": [
            { "sku": "BOOT-42", "amount": 1500 }, { "sku": "BOOT-43", "amount": 1600 }, { "sku": "PARKA", "amount": 900, "compareAt": 1200 },
            { "sku": "CAP", "amount": 3000 } ] },
        { "name": "Euro",
        """,
        StringComparison.Ordinal);

    [Fact]
    public async Task SortsFiltersAndBandsByPriceInTheShoppersCurrency()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(Recipe);
        await tenant.SearchAsync("", until: r => r.GetProperty("total").GetInt32() == 3);

        var euros = await tenant.SearchAsync("?sort=price", until: _ => true);
        var kronor = await tenant.SearchAsync("?sort=price&currency=sek", until: _ => true);
        var cheapInKronor = await tenant.SearchAsync("?currency=SEK&max=1000", until: _ => true);
        var cheapInEuros = await tenant.SearchAsync("?max=100", until: _ => true);
        var dearestInKronor = await tenant.SearchAsync("?currency=SEK&sort=price-desc", until: _ => true);

        Assert.Equal(["CAP", "BOOT", "PARKA"], euros.Skus());
        Assert.Equal(["PARKA", "BOOT", "CAP"], kronor.Skus());
        Assert.Equal("SEK", kronor.GetProperty("hits")[0].GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal(900m, kronor.GetProperty("hits")[0].GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(1200m, kronor.GetProperty("hits")[0].GetProperty("compareAt").GetProperty("amount").GetDecimal());
        Assert.Equal(1500m, kronor.GetProperty("hits")[1].GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(["PARKA"], cheapInKronor.Skus());
        Assert.Equal(["CAP"], cheapInEuros.Skus());
        Assert.Equal(["CAP", "BOOT", "PARKA"], dearestInKronor.Skus());
        var bands = kronor.GetProperty("priceRanges").EnumerateArray().ToList();
        Assert.All(bands, b => Assert.Equal("SEK", b.GetProperty("from").GetProperty("currency").GetString()));
        Assert.Equal(3, bands.Sum(b => b.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task ProductWithoutAPriceInTheCurrencyIsShownWithoutOneAndSortsLast()
    {
        var recipe = Recipe.Replace("""{ "sku": "CAP", "amount": 3000 } ] },""", """{ "sku": "BOOT-99", "amount": 1 } ] },""", StringComparison.Ordinal);
        var tenant = await Factory.CreateTenantFromJsonAsync(recipe);
        await tenant.SearchAsync("", until: r => r.GetProperty("total").GetInt32() == 3);

        var ascending = await tenant.SearchAsync("?sort=price&currency=SEK", until: _ => true);
        var descending = await tenant.SearchAsync("?sort=price-desc&currency=SEK", until: _ => true);

        Assert.Equal(["PARKA", "BOOT", "CAP"], ascending.Skus());
        Assert.Equal(["BOOT", "PARKA", "CAP"], descending.Skus());
        Assert.Equal(JsonValueKind.Null, ascending.GetProperty("hits")[2].GetProperty("price").ValueKind);
        Assert.Equal(2, ascending.GetProperty("priceRanges").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task CurrencyTheStoreDoesNotSellInIsRefusedByTheApiAndIgnoredByThePages()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(Recipe);
        await tenant.SearchAsync("?q=Winterparka");
        var client = tenant.CreateClient();

        var api = await client.GetAsync("api/search?q=Winterparka&currency=USD");
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        var page = await client.GetAsync("search?q=Winterparka&currency=USD");
        var kronorPage = await HtmlPage.GetAsync(client, "search?q=Winterparka&currency=SEK");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("SEK", problem.GetProperty("errors").GetProperty("currency")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["Winterparka"], (await HtmlPage.ParseAsync(page)).Texts(".grid .card-title"));
        Assert.Contains(kronorPage.Links(".listing-main"), href => href.Contains("currency=SEK", StringComparison.Ordinal));
        Assert.Contains("900", Assert.Single(kronorPage.Texts(".grid .card .amount")), StringComparison.Ordinal);
    }
}
