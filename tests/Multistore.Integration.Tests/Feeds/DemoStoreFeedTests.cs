using System.Globalization;
using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Feeds;

/// <summary>The demo stores' feeds: real stock from their recipes, US sales tax where prices exclude it, none where VAT is included.</summary>
public sealed class DemoStoreFeedTests
{
    [Fact]
    public async Task UsStoreListsSalesTaxPerStateBesideEveryItem()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("outlet-us");

        var response = await store.CreateClient().GetAsync("feeds/google.xml");
        var feed = await GoogleFeed.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(feed.Items);
        foreach (var item in feed.Items)
        {
            var id = GoogleFeed.Value(item, "id");
            foreach (var required in new[] { "id", "title", "description", "link", "availability", "price", "brand", "condition" })
            {
                Assert.False(string.IsNullOrWhiteSpace(GoogleFeed.Value(item, required)), $"{id} has no g:{required}.");
            }

            var taxes = item.Elements(GoogleFeed.G + "tax")
                .ToDictionary(t => GoogleFeed.Value(t, "region")!, t => (Country: GoogleFeed.Value(t, "country"), Rate: GoogleFeed.Value(t, "rate"), Ship: GoogleFeed.Value(t, "tax_ship")));
            Assert.Equal(("US", "8.875", "yes"), taxes["NY"]);
            Assert.Equal(("US", "7.25", "no"), taxes["CA"]);
            Assert.Equal(2, taxes.Count);
            Assert.All(taxes.Values, t => decimal.Parse(t.Rate!, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task UsStoreFeedFollowsItsStock()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("outlet-us");

        var feed = await GoogleFeed.ParseAsync(await store.CreateClient().GetAsync("feeds/google.xml"));

        Assert.Equal("out_of_stock", GoogleFeed.Value(feed.Item("OUT-SNEAKER-12"), "availability"));
        // The demo recipe sells these jeans on backorder, shipping 14 days after the store was made ("restockInDays").
        Assert.Equal("backorder", GoogleFeed.Value(feed.Item("OUT-DENIM-34-32"), "availability"));
        var ships = DateTimeOffset.Parse(GoogleFeed.Value(feed.Item("OUT-DENIM-34-32"), "availability_date")!, CultureInfo.InvariantCulture);
        var today = DateTimeOffset.UtcNow.Date;
        Assert.InRange(ships.UtcDateTime.Date, today.AddDays(13), today.AddDays(14));
        Assert.Equal("in_stock", GoogleFeed.Value(feed.Item("OUT-HOODIE-L-OLI"), "availability"));
        Assert.Equal("in_stock", GoogleFeed.Value(feed.Item("OUT-WATCH"), "availability"));
    }

    [Fact]
    public async Task EuStoreWithVatInItsPricesListsNoTax()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("nordic-de");

        var response = await store.CreateClient().GetAsync("feeds/google.xml");
        var feed = await GoogleFeed.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, item => Assert.Empty(item.Elements(GoogleFeed.G + "tax")));
        Assert.Equal("out_of_stock", GoogleFeed.Value(feed.Item("NOR-BOOTS-44"), "availability"));
        Assert.Equal("in_stock", GoogleFeed.Value(feed.Item("NOR-BEANIE-BLA"), "availability"));
    }
}
