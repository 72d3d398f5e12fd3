using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// The header's cart count is the shopper's own: it follows their cart after "Add to cart", and the page cache never
/// hands one shopper's count to another.
/// </summary>
public sealed class CartCountTests
{
    private static HttpRequestMessage AddLine(string sku, int quantity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "cart/lines")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = sku, ["quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return request;
    }

    private static async Task<string> CountOnAsync(HttpClient client, string path) =>
        (await HtmlPage.GetAsync(client, path)).Text("header .cart-count");

    [Theory]
    [InlineData("nordic-se", "products/mossa", "NOR-BEANIE-RED")]
    [InlineData("outlet-us", "products/field-watch", "OUT-WATCH")]
    [InlineData("nordic-kiosk", "products/mossa", "NOR-BEANIE-GRE")]
    public async Task HeaderCountsTheShoppersItemsAndNoOtherShopperSeesThem(string recipe, string page, string sku)
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync(recipe);
        var shopperA = store.CreateClient();
        var shopperB = store.CreateClient();
        var shopperC = store.CreateClient();

        var before = await CountOnAsync(shopperB, page);
        var added = await shopperA.SendAsync(AddLine(sku, 2));
        await shopperA.SendAsync(AddLine(sku, 1));
        var countA = await CountOnAsync(shopperA, page);
        var homeA = await CountOnAsync(shopperA, "");
        var countB = await CountOnAsync(shopperB, page);
        var countC = await CountOnAsync(shopperC, page);
        var homeC = await CountOnAsync(shopperC, "");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("0", before);
        Assert.Equal("3", countA);
        Assert.Equal("3", homeA);
        Assert.Equal("0", countB);
        Assert.Equal("0", countC);
        Assert.Equal("0", homeC);
    }
}
