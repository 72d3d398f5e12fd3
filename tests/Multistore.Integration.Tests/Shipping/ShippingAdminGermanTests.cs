using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shipping;

public sealed class ShippingAdminGermanTests
{
    [Fact]
    public async Task ShippingPagesAndTheirErrorsAreInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var list = await HtmlPage.GetAsync(admin.Client, "admin/shipping");
        var refused = await admin.PostFormAsync("admin/shipping/zone", "admin/shipping/zone", new() { ["Id"] = "", ["Name"] = "Mars", ["Areas"] = "MARS-1" });

        Assert.Equal("Versand", list.Heading());
        Assert.Contains("Zone hinzufügen", list.Text());
        Assert.Contains("4,90 €, kostenlos ab 50,00 €", list.TablesText());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("„MARS-1“ ist weder ein Ländercode", (await HtmlPage.ParseAsync(refused)).FieldError("Areas"));
    }
}
