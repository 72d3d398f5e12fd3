using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Tax;

public sealed class TaxAdminGermanTests
{
    [Fact]
    public async Task TaxRulesAreListedInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var page = await HtmlPage.GetAsync(admin.Client, "admin/tax");
        var form = await HtmlPage.GetAsync(admin.Client, "admin/tax/rule");

        Assert.Equal("Steuerregeln", page.Heading());
        Assert.Contains("Steuerregel hinzufügen", page.Text());
        Assert.Equal("Neue Steuerregel", form.Heading());
        Assert.Contains("Sätze je Steuerklasse", form.Text());
    }
}
