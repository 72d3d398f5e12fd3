using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Pricing.Services;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// Cached pages carry the tags of what they show (<c>sku:</c> per price read, <c>product:</c>, <c>category:</c>), and a
/// price change evicts by tag: the pages showing that price render again, every other page stays in the cache.
/// </summary>
public sealed class PageCacheTagEvictionTests
{
    [Fact]
    public async Task PriceChangeOfOneProductEvictsThePagesShowingItAndNoOthers()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        var client = tenant.CreateClient();
        foreach (var page in new[] { "products/harbour-cap", "products/harbour-mug", "/" })
        {
            await client.GetStringAsync(page);
            Assert.True((await client.GetAsync(page)).Headers.Age is not null, $"{page} is served from the page cache before the change.");
        }

        await using (var scope = await tenant.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("USD", "CAP-1", 19.5m, null, CancellationToken.None);
        }

        var cap = await client.GetAsync("products/harbour-cap");
        var home = await client.GetAsync("/");
        var mug = await client.GetAsync("products/harbour-mug");

        Assert.Null(cap.Headers.Age);
        Assert.Equal("$19.50", (await HtmlPage.ParseAsync(cap)).Text(".product .price .amount"));
        Assert.Null(home.Headers.Age);
        Assert.Contains("$19.50", (await HtmlPage.ParseAsync(home)).Texts(".card .amount"));
        Assert.NotNull(mug.Headers.Age);
        Assert.Equal("$12.00", (await HtmlPage.ParseAsync(mug)).Text(".product .price .amount"));
    }
}
