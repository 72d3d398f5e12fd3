using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog;
using Multistore.Catalog.Domain;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>
/// Product pages read the catalog through a per-node cache that holds while the catalog change log has not moved.
/// A shopper with a cart (a personal cookie, so no output cache) must still see every change at once.
/// </summary>
public sealed class CatalogReadCacheTests
{
    [Fact]
    public async Task RenameWrittenByAnotherNodeShowsOnTheNextPageView()
    {
        var (tenant, _) = await AppearanceStore.CreateAsync();
        var shopper = tenant.CreateClient();
        shopper.DefaultRequestHeaders.Add("Cookie", $"{Multistore.Http.PersonalCookies.Cart}=shopper");
        Assert.Equal("Harbour Cap", (await HtmlPage.GetAsync(shopper, "products/harbour-cap")).Heading());
        Assert.Equal("Harbour Cap", (await HtmlPage.GetAsync(shopper, "products/harbour-cap")).Heading());

        // Another node's edit reaches this one only through the database: no in-process event is published here.
        await using (var scope = await tenant.ScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var text = await db.Set<ProductTranslation>().SingleAsync(t => t.Slug == "harbour-cap");
            text.Name = "Harbour Cap Deluxe";
            var head = await db.Changes.MaxAsync(c => (long?)c.Sequence) ?? 0;
            db.Changes.Add(new CatalogChange { Sequence = head + 1, Kind = CatalogChangeKind.Product, Key = text.ProductId.ToString() });
            await db.SaveChangesAsync();
        }

        Assert.Equal("Harbour Cap Deluxe", (await HtmlPage.GetAsync(shopper, "products/harbour-cap")).Heading());
    }
}
