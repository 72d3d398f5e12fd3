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
        Assert.Contains("theme-storefront", await tenant.CreateClient().GetStringAsync("/"));

        var save = await admin.PostFormAsync(Page, Page, new() { ["Theme"] = "Nordic", ["settings.tagline"] = "Caps for every harbour", ["settings.primaryColor"] = "#123456" });
        var home = await tenant.CreateClient().GetStringAsync("/");
        var page = await admin.Client.GetStringAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("theme-nordic", home);
        Assert.Contains("Caps for every harbour", home);
        Assert.Contains("--primary:#123456", home);
        Assert.Contains("Theme saved", page);
        Assert.Contains("Caps for every harbour", HtmlPage.Parse(page).ValueAttributes());
    }

    [Fact]
    public async Task PreviewRendersUnsavedSettingsAndStoresNothing()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var preview = await admin.PostFormAsync(Page, "admin/appearance/theme/preview", new() { ["Theme"] = "Outlet", ["settings.tagline"] = "Only a preview" });
        var html = await preview.Content.ReadAsStringAsync();
        var home = await tenant.CreateClient().GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("theme-outlet", html);
        Assert.Contains("Only a preview", html);
        Assert.Contains("Harbour Cap", html);
        Assert.Contains("theme-storefront", home);
        Assert.DoesNotContain("Only a preview", home);
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
