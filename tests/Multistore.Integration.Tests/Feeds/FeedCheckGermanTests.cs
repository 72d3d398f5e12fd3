using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Feeds;

public sealed class FeedCheckGermanTests
{
    [Fact]
    public async Task FeedCheckIsInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var page = await HtmlPage.GetAsync(admin.Client, "admin/feeds/check?Culture=de-DE");

        Assert.Equal("Feed-Prüfung", page.Heading());
        Assert.Contains("verkäufliche SKUs in de-DE", page.Text("#feed-summary"));
        Assert.Contains("Sprache:", page.Text("#feed-cultures"));
    }
}
