using System.Net;

namespace Multistore.Integration.Tests.Feeds;

public sealed class ProductCsvFeedTests
{
    [Fact]
    public async Task ListsTheSameItemsAsTheGoogleFeedUnderGooglesColumnNames()
    {
        var store = await FeedStore.CreateAsync();
        var client = store.CreateClient();

        var response = await client.GetAsync("feeds/products.csv");
        var rows = CsvRows.Parse(await response.Content.ReadAsStringAsync());
        var xml = await GoogleFeed.ParseAsync(await client.GetAsync("feeds/google.xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        var header = rows[0];
        Assert.Equal(["id", "title", "description", "link", "image_link", "additional_image_link", "availability", "availability_date", "price", "sale_price",
            "brand", "gtin", "mpn", "identifier_exists", "item_group_id", "condition", "shipping", "tax"], header);
        var items = rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToDictionary(r => r["id"]);
        Assert.Equal(xml.Ids.Order(StringComparer.Ordinal), items.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        Assert.Equal("Winterparka, warm", items["PARKA"]["title"]);
        Assert.Equal("399.00 EUR", items["PARKA"]["price"]);
        Assert.Equal("349.00 EUR", items["PARKA"]["sale_price"]);
        Assert.Equal("BOOT", items["BOOT-43"]["item_group_id"]);
        Assert.Equal("in_stock", items["BOOT-43"]["availability"]);
        Assert.Equal(FeedStore.HostileName, items["HOSTILE"]["description"]);
        Assert.Equal("DE::DHL Paket:4.90 EUR", items["BOOT-42"]["shipping"]);
        Assert.Equal(FeedStore.HostileName, items["HOSTILE"]["title"]);
    }
}
