using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

public sealed class AppearanceAdminGermanTests
{
    [Fact]
    public async Task ThemeTemplatesAndTranslationsPagesAreInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var theme = await HtmlPage.GetAsync(admin.Client, "admin/appearance/theme");
        var templates = await HtmlPage.GetAsync(admin.Client, "admin/appearance/templates");
        var translations = await HtmlPage.GetAsync(admin.Client, "admin/appearance/translations?culture=de-DE");

        Assert.Equal("Theme", theme.Heading());
        Assert.Contains("Vorschau", theme.Text());
        Assert.Equal("Vorlagen", templates.Heading());
        Assert.Contains("Dieser Shop", templates.TablesText());
        Assert.Equal("Übersetzungen", translations.Heading());
        Assert.Contains("Fehlende Übersetzungen für de-DE", translations.Text());
    }
}
