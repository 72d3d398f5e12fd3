using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Search;

public sealed class SearchIndexAdminGermanTests
{
    [Fact]
    public async Task SearchIndexPageIsInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var page = await HtmlPage.GetAsync(admin.Client, "admin/search");

        Assert.Equal("Suchindex", page.Heading());
        Assert.Contains("Index neu aufbauen", page.Text());
    }
}
