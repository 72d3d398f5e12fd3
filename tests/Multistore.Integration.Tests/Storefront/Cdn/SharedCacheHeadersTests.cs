using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Pricing.Services;

namespace Multistore.Integration.Tests.Storefront.Cdn;

/// <summary>
/// Pages a CDN can serve: a cacheable page says so to shared caches, names what it shows as surrogate keys of its own
/// store, answers 304 while unchanged, and is private when it is one shopper's.
/// </summary>
public sealed class SharedCacheHeadersTests
{
    [Fact]
    public async Task ProductPageTellsSharedCachesWhatItShowsUnderItsOwnStore()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        var client = tenant.CreateClient();

        var page = await client.GetAsync("products/harbour-cap");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cacheControl = page.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.Zero, cacheControl.MaxAge);
        Assert.Equal(TimeSpan.FromSeconds(30), cacheControl.SharedMaxAge);
        Assert.True(page.Headers.ETag!.IsWeak);
        Assert.Contains("Accept-Language", page.Headers.Vary);
        var keys = CdnStore.SurrogateKeysOf(page);
        Assert.Contains($"{tenant.Name}/sku:CAP-1", keys);
        Assert.Contains($"{tenant.Name}/storefront", keys);
        Assert.Contains(keys, key => key.StartsWith($"{tenant.Name}/product:", StringComparison.Ordinal));
        Assert.All(keys, key => Assert.StartsWith(tenant.Name + "/", key, StringComparison.Ordinal));
        Assert.Equal(keys, page.Headers.GetValues("xkey").Single().Split(' '));
    }

    [Fact]
    public async Task UnchangedPageAnswers304AndAChangedOneRendersWithANewEntityTag()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        var client = tenant.CreateClient();
        var first = await client.GetAsync("products/harbour-cap");

        var unchanged = await client.SendAsync(CdnStore.Revalidate("products/harbour-cap", first.Headers.ETag!));
        await using (var scope = await tenant.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("USD", "CAP-1", 19.5m, null, CancellationToken.None);
        }

        var changed = await client.SendAsync(CdnStore.Revalidate("products/harbour-cap", first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(first.Headers.ETag, changed.Headers.ETag);
        Assert.Equal("$19.50", (await HtmlPage.ParseAsync(changed)).Text("p.price [data-price]"));
    }

    private const string HatsRecipe = """
        {
          "name": "hats",
          "parameters": [ { "name": "SiteName" }, { "name": "AdminEmail" }, { "name": "AdminPassword" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Search" ] },
            { "name": "catalog", "categories": [ { "key": "hats", "names": { "en-US": "Hats" } } ], "products": [
              { "sku": "CAP-1", "categories": [ "hats" ], "translations": { "en-US": { "name": "Harbour Cap", "slug": "harbour-cap" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "USD", "default": true, "prices": [ { "sku": "CAP-1", "amount": 25 } ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task CategoryPageIsKeptUnderItsCategoryAndShowsAPriceChangeOnceTheIndexHasIt()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(HatsRecipe, AdminSession.Parameters("owner@example.com", "Harbour Hats"));
        var client = tenant.CreateClient();

        // Until the store's index is built the page is listed from the database and kept by nobody; then it is shared.
        var page = await client.GetAsync("categories/hats");
        for (var attempt = 0; attempt < 1200 && page.Headers.CacheControl?.Public != true; attempt++)
        {
            Assert.True(page.Headers.CacheControl?.Private, $"A listing from the database is not kept by shared caches: {(int)page.StatusCode} {page.Headers}");
            Assert.Equal(["$25.00"], (await HtmlPage.ParseAsync(page)).Texts(".card .price .amount"));
            await Task.Delay(100);
            page = await client.GetAsync("categories/hats");
        }

        Assert.True(page.Headers.CacheControl?.Public, $"Once the index is built the category page is shared: {page.Headers}");
        Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.CacheControl!.SharedMaxAge);
        var keys = CdnStore.SurrogateKeysOf(page);
        Assert.Contains($"{tenant.Name}/category:hats", keys);
        Assert.Contains($"{tenant.Name}/listings", keys);
        Assert.Equal(["$25.00"], (await HtmlPage.ParseAsync(page)).Texts(".card .price .amount"));

        await using (var scope = await tenant.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("USD", "CAP-1", 19.5m, null, CancellationToken.None);
        }

        // The listing shows the index's price: the kept page is dropped when the index takes the change in, not 10 minutes later.
        IReadOnlyList<string> shown = [];
        for (var attempt = 0; attempt < 1200 && !shown.SequenceEqual(["$19.50"]); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            shown = (await HtmlPage.GetAsync(client, "categories/hats")).Texts(".card .price .amount");
        }

        Assert.Equal(["$19.50"], shown);
    }

    [Fact]
    public async Task AShoppersOwnPageIsPrivateAndNamesNoKeys()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "products/harbour-cap");
        request.Headers.Add("Cookie", "ms_cart=" + Guid.NewGuid().ToString("N"));

        var page = await tenant.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl!.Private);
        Assert.True(page.Headers.CacheControl.NoCache);
        Assert.False(page.Headers.Contains("Surrogate-Key"));
        Assert.False(page.Headers.Contains("xkey"));
    }
}
