using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// A translator edits a theme's PO file on disk: the next request shows the new text instead of the cached page.
/// The host runs on a copy of the themes folder, so the edit reaches no other test.
/// </summary>
public sealed class ThemeFileCacheTests : IDisposable
{
    /// <summary>The header's search label, the text the theme's .po file translates.</summary>
    private const string SearchLabel = "header label[for=q]";

    private readonly string _themes = Path.Combine(Path.GetTempPath(), "multistore-themes-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly MultistoreFactory _factory;

    public ThemeFileCacheTests()
    {
        Copy(Path.Combine(AppContext.BaseDirectory, "Themes"), _themes);
        _factory = new MultistoreFactory(new Dictionary<string, string?> { ["Multistore:ThemesPath"] = _themes });
    }

    [Fact]
    public async Task EditedThemePoFileReplacesTheCachedPage()
    {
        var tenant = await _factory.CreateTenantAsync("store", new Dictionary<string, string> { ["SiteName"] = "Poesie", ["Culture"] = "fr-FR", ["Currency"] = "EUR" });
        var client = tenant.CreateClient();
        await client.GetAsync("/");
        var cached = await client.GetAsync("/");
        Assert.True(cached.Headers.Age is not null, "The second request is served from the output cache.");
        Assert.Equal("Rechercher des produits", (await HtmlPage.ParseAsync(cached)).Text(SearchLabel));

        var po = Path.Combine(_themes, "Storefront", "Localization", "fr-FR.po");
        await File.WriteAllTextAsync(po, (await File.ReadAllTextAsync(po)).Replace("msgstr \"Rechercher des produits\"", "msgstr \"Chercher dans la boutique\"", StringComparison.Ordinal));

        var html = HtmlPage.Parse("");
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline && !html.Texts(SearchLabel).Contains("Chercher dans la boutique"); await Task.Delay(200))
        {
            html = await HtmlPage.GetAsync(client, "/");
        }

        Assert.Equal("Chercher dans la boutique", html.Text(SearchLabel));
        Assert.Equal("Chercher dans la boutique", html.Attribute("input#q", "placeholder"));
        Assert.DoesNotContain("Rechercher des produits", html.Text());
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_themes, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
