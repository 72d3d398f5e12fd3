using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

public sealed class CouponAdminGermanTests
{
    [Fact]
    public async Task CouponPagesAndTheirErrorsAreInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var list = await HtmlPage.GetAsync(admin.Client, "admin/coupons");
        var refused = await admin.PostFormAsync("admin/coupons/edit", "admin/coupons/edit", new()
        {
            ["FromCode"] = "", ["Code"] = "X", ["Kind"] = "Percentage", ["Value"] = "10", ["Starts"] = "", ["Ends"] = "",
            ["MinimumOrder"] = "", ["UsageLimit"] = "", ["PerCustomerLimit"] = "", ["Active"] = "true",
        });

        Assert.Equal("Gutscheine", list.Heading());
        Assert.Contains("Noch keine Gutscheine.", list.Text());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Geben Sie einen Code aus 3 bis 64 Buchstaben", (await HtmlPage.ParseAsync(refused)).FieldError("Code"));
    }
}
