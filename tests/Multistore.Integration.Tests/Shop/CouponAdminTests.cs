using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class CouponAdminTests
{
    private const string Edit = "admin/coupons/edit";

    private static Dictionary<string, string> Fields(string code, string kind, string value, string minimum = "", string limit = "", string perCustomer = "", string starts = "", string ends = "") => new()
    {
        ["FromCode"] = "", ["Code"] = code, ["Kind"] = kind, ["Value"] = value, ["Starts"] = starts, ["Ends"] = ends,
        ["MinimumOrder"] = minimum, ["UsageLimit"] = limit, ["PerCustomerLimit"] = perCustomer, ["Active"] = "true",
    };

    [Fact]
    public async Task AnEditorCreatesACouponAShopperUsesAndItsUseIsCounted()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);

        var created = await editor.PostFormAsync(Edit, Edit, Fields("spring15", "Percentage", "15", minimum: "50", limit: "2", perCustomer: "1"));
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new() { ["sku"] = "BOOT", ["quantity"] = "1" });
        var (applied, cart) = await shopper.CartAsync(new() { ["action"] = "coupon", ["couponCode"] = "Spring15" });
        var (_, review) = await shopper.CheckoutAsync(ShopperSession.NewYork, "ground", "cash-on-delivery");
        var (placed, _) = await shopper.CheckoutAsync(ShopperSession.NewYork, "ground", "cash-on-delivery", "place");
        var list = (await HtmlPage.GetAsync(editor.Client, "admin/coupons")).TablesText();

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, applied);
        Assert.Equal("SPRING15", HtmlPage.Parse(cart).Text(".cart .coupon strong"));
        Assert.Contains("$12.00", HtmlPage.Parse(review).Text());
        Assert.Equal(HttpStatusCode.OK, placed);
        Assert.Contains("SPRING15", list);
        Assert.Contains("1 of 2", list);
        Assert.Contains("(1 customer)", list);
    }

    [Fact]
    public async Task BadValuesAreRefusedNamingTheFieldAndACodeIsNotTakenTwice()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);

        var tooMuch = await editor.PostFormAsync(Edit, Edit, Fields("HALF", "Percentage", "150"));
        var window = await editor.PostFormAsync(Edit, Edit, Fields("LATE", "Fixed", "5", starts: "2026-12-31", ends: "2026-12-01", limit: "0"));
        var first = await editor.PostFormAsync(Edit, Edit, Fields("WELCOME", "Fixed", "5"));
        var second = await editor.PostFormAsync(Edit, Edit, Fields("welcome", "Fixed", "10"));
        var listed = await HtmlPage.GetAsync(editor.Client, "admin/coupons");
        var list = listed.Text();

        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("at most 100", (await HtmlPage.ParseAsync(tooMuch)).Text("[id='Value-error']"));
        Assert.Equal(HttpStatusCode.BadRequest, window.StatusCode);
        var windowErrors = await HtmlPage.ParseAsync(window);
        Assert.NotEmpty(windowErrors.Text("[id='Ends-error']"));
        Assert.NotEmpty(windowErrors.Text("[id='UsageLimit-error']"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(second)).Errors(), error => error.Contains("There is a coupon WELCOME already", StringComparison.Ordinal));
        Assert.DoesNotContain("HALF", list);
        Assert.DoesNotContain("LATE", list);
        Assert.Contains("$5.00", listed.TablesText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledCouponIsRefusedToShoppersAndAnEditKeepsItsUseCount()
    {
        var store = await UsStore.CreateAsync();
        var editor = await UsStore.SignInAsync(store);
        await editor.PostFormAsync(Edit, Edit, Fields("TENOFF", "Fixed", "10"));

        var disabled = await editor.PostFormAsync("admin/coupons", "admin/coupons/active", new() { ["Code"] = "TENOFF", ["Active"] = "false" });
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new() { ["sku"] = "BOOT", ["quantity"] = "1" });
        var (refused, html) = await shopper.CartAsync(new() { ["action"] = "coupon", ["couponCode"] = "TENOFF" });
        var edited = await editor.PostFormAsync($"{Edit}?Code=TENOFF", Edit, new() { ["FromCode"] = "TENOFF", ["Kind"] = "Fixed", ["Value"] = "7.5", ["Active"] = "true" });
        var (accepted, _) = await shopper.CartAsync(new() { ["action"] = "coupon", ["couponCode"] = "TENOFF" });
        var page = await HtmlPage.GetAsync(editor.Client, $"{Edit}?Code=TENOFF");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains(HtmlPage.Parse(html).Errors(), error => error.Contains("is not valid", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal("7.5", page.Field("Value"));
        Assert.Contains("Used 0 times", page.Text());
    }
}
