using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

public sealed class ThemeAdminTests
{
    private const string Page = "admin/appearance/theme";

    [Fact]
    public async Task SavedThemeAndSettingShowOnTheStorefrontWithoutRestart()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();
        Assert.True((await HtmlPage.GetAsync(tenant.CreateClient(), "/")).Has("body.theme-storefront"), "The store starts in the Storefront theme.");

        var save = await admin.PostFormAsync(Page, Page, new() { ["Theme"] = "Nordic", ["settings.tagline"] = "Caps for every harbour", ["settings.primaryColor"] = "#123456" });
        var home = await HtmlPage.GetAsync(tenant.CreateClient(), "/");
        var page = await HtmlPage.GetAsync(admin.Client, Page);

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.True(home.Has("body.theme-nordic"), "The storefront wears the saved theme.");
        Assert.Contains("Caps for every harbour", home.Text());
        Assert.Contains(home.All("style"), style => style.TextContent.Contains("--primary:#123456", StringComparison.Ordinal));
        Assert.Contains(page.Notices(), notice => notice.StartsWith("Theme saved", StringComparison.Ordinal));
        Assert.Equal("Caps for every harbour", page.Field("settings.tagline"));
    }

    [Fact]
    public async Task PreviewRendersUnsavedSettingsAndStoresNothing()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var preview = await admin.PostFormAsync(Page, "admin/appearance/theme/preview", new() { ["Theme"] = "Outlet", ["settings.tagline"] = "Only a preview" });
        var html = await HtmlPage.ParseAsync(preview);
        var home = await HtmlPage.GetAsync(tenant.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.True(html.Has("body.theme-outlet"), "The preview wears the theme being tried.");
        Assert.Contains("Only a preview", html.Text());
        Assert.Contains("Harbour Cap", html.Text());
        Assert.True(home.Has("body.theme-storefront"), "The storefront keeps its saved theme.");
        Assert.DoesNotContain("Only a preview", home.Text());
    }

    [Fact]
    public async Task RefusesASettingThatDoesNotFitItsTypeNamingTheField()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Page, Page, new() { ["Theme"] = "Storefront", ["settings.primaryColor"] = "red;}body{display:none" });
        var html = await save.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.StartsWith("Primary color must be a color such as #1f4b99.", HtmlPage.Parse(html).Text("[id='settings.primaryColor-error']"), StringComparison.Ordinal);
        Assert.DoesNotContain("display:none", await tenant.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task RefusesAThemeThatDoesNotExist()
    {
        var (_, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Page, Page, new() { ["Theme"] = "Nowhere" });

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.StartsWith("Choose one of the themes:", (await HtmlPage.ParseAsync(save)).Text("[id='Theme-error']"), StringComparison.Ordinal);
    }
}
