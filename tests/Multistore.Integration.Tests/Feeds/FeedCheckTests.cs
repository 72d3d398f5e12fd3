using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;

namespace Multistore.Integration.Tests.Feeds;

/// <summary>The admin's feed check (/admin/feeds/check): what a marketplace would reject in the store's feed, per culture, and why.</summary>
public sealed class FeedCheckTests
{
    private static async Task<(TestTenant Store, AdminSession Admin)> SignedInAsync()
    {
        var store = await FeedCheckStore.CreateAsync();
        var admin = new AdminSession(store);
        var signIn = await admin.SignInAsync(FeedCheckStore.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (store, admin);
    }

    [Fact]
    public async Task ListsEachSkuAMarketplaceWouldRejectWithItsReason()
    {
        var (_, admin) = await SignedInAsync();

        var response = await admin.Client.GetAsync("admin/feeds/check");
        var page = await HtmlPage.ParseAsync(response);
        var problems = FeedCheckStore.Problems(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Feed check", page.Heading());
        Assert.Equal("6 sellable SKUs in de-DE: 5 in the feed, 3 a marketplace would reject.", page.Text("#feed-summary"));
        Assert.Equal(["No image: Google rejects an item without an image."], problems["NOPIC"]);
        Assert.Equal(["No price in EUR: the feed leaves it out."], problems["NOPRICE"]);
        Assert.Equal(["The title is 200 characters long: Google allows at most 150."], problems["LONG"]);
        Assert.DoesNotContain("CLEAN", problems.Keys);
        Assert.DoesNotContain("LONGEN", problems.Keys);
        Assert.DoesNotContain("DEONLY", problems.Keys);
        Assert.Equal("Rejected", page.Text("#feed-problems tr[data-sku=NOPIC] td:nth-child(3)"));
    }

    [Fact]
    public async Task AnotherCultureListsTheProblemsOfItsOwnTexts()
    {
        var (_, admin) = await SignedInAsync();

        var page = await HtmlPage.GetAsync(admin.Client, "admin/feeds/check?Culture=en-US");
        var problems = FeedCheckStore.Problems(page);

        Assert.Equal("en-US", page.Text("#feed-cultures a[aria-current=page]"));
        Assert.Equal(["The title is 200 characters long: Google allows at most 150."], problems["LONGEN"]);
        Assert.Equal(["No name or description in en-US: the feed uses the de-DE text."], problems["DEONLY"]);
        Assert.Equal(["No image: Google rejects an item without an image."], problems["NOPIC"]);
        Assert.Equal(["No price in EUR: the feed leaves it out."], problems["NOPRICE"]);
        Assert.DoesNotContain("CLEAN", problems.Keys);
    }

    [Fact]
    public async Task CountsEachProblemAndLinksEachSkuToItsProductsEditPage()
    {
        var (_, admin) = await SignedInAsync();

        var page = await HtmlPage.GetAsync(admin.Client, "admin/feeds/check");
        var counts = page.All("#feed-problem-counts tbody tr").ToDictionary(r => HtmlPage.Visible(r.Children[0]), r => HtmlPage.Visible(r.Children[2]));
        var edit = await HtmlPage.GetAsync(admin.Client, page.Attribute("#feed-problems tr[data-sku=NOPIC] a", "href")!);

        Assert.Equal(new Dictionary<string, string> { ["No price"] = "1", ["No image"] = "1", ["Title too long"] = "1" }, counts);
        Assert.Equal("NOPIC", edit.Attribute("#sku", "value"));
    }

    [Fact]
    public async Task TheCheckAndTheFeedAgreeOnWhatIsListed()
    {
        var (store, admin) = await SignedInAsync();

        var page = await HtmlPage.GetAsync(admin.Client, "admin/feeds/check?Culture=en-US");
        var feed = await GoogleFeed.ParseAsync(await store.CreateClient().GetAsync("feeds/google.xml?culture=en-US"));
        var listedInCheck = page.All("#feed-problems tbody tr")
            .Where(r => HtmlPage.Visible(r.Children[2]) == "Rejected" && r.QuerySelectorAll("li").Any(li => HtmlPage.Visible(li).StartsWith("No price", StringComparison.Ordinal)))
            .Select(r => r.GetAttribute("data-sku")!);

        Assert.Equal(["CLEAN", "DEONLY", "LONG", "LONGEN", "NOPIC"], feed.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(["NOPRICE"], listedInCheck);
        Assert.Equal(FeedCheckStore.LongTitle, GoogleFeed.Value(feed.Item("LONGEN"), "title"));
    }

    [Fact]
    public async Task AnotherStoresProductsNeverAppear()
    {
        var other = await FeedStore.CreateAsync(skuPrefix: "ELSEWHERE-");
        var (_, admin) = await SignedInAsync();

        var response = await admin.Client.GetAsync("admin/feeds/check?Culture=en-US");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ELSEWHERE-PARKA", (await GoogleFeed.ParseAsync(await other.CreateClient().GetAsync("feeds/google.xml"))).Ids);
        Assert.DoesNotContain("ELSEWHERE-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShoppersAnonymousVisitorsAndStaffWithoutTheCatalogPermissionGetNoAccess()
    {
        var store = await FeedCheckStore.CreateAsync();
        var anonymous = await store.CreateClient(followRedirects: false).GetAsync("admin/feeds/check");
        var shopper = await ShopperSession.SignedInAsync(store, "kundin@example.com");
        var shopperAnswer = await shopper.Client.GetAsync("admin/feeds/check");
        var orders = new AdminSession(store);
        await orders.SignInAsync(FeedCheckStore.OrderManagerEmail);
        var ordersAnswer = await orders.Client.GetAsync("admin/feeds/check");
        var dashboard = await HtmlPage.GetAsync(orders.Client, "admin");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/admin/login?ReturnUrl=%2Fadmin%2Ffeeds%2Fcheck", anonymous.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, shopperAnswer.StatusCode);
        Assert.DoesNotContain("NOPIC", await shopperAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, ordersAnswer.StatusCode);
        Assert.Equal("Not allowed", (await HtmlPage.ParseAsync(ordersAnswer)).Heading());
        Assert.DoesNotContain("/admin/feeds/check", dashboard.Links());
    }
}
