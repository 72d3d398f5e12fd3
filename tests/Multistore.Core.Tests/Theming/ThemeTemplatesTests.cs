using Multistore.Theming;

namespace Multistore.Core.Tests.Theming;

public sealed class ThemeTemplatesTests : IDisposable
{
    private readonly ThemeFolder _themes = new();

    [Fact]
    public async Task PrefersTheThemeOverItsBase()
    {
        _themes.Write("Base/Views/page.liquid", "base page");
        _themes.Write("Brand/Views/page.liquid", "brand page");

        Assert.Equal("brand page", await _themes.RenderAsync("page"));
        Assert.Equal("base page", await _themes.RenderAsync("page", theme: "Base"));
    }

    [Fact]
    public async Task FallsBackToTheBaseThemeForTemplatesTheBrandLacks()
    {
        _themes.Write("Base/Views/footer.liquid", "base footer");

        Assert.Equal("base footer", await _themes.RenderAsync("footer"));
    }

    [Fact]
    public async Task PrefersATenantOverrideOverEveryTheme()
    {
        _themes.Write("Brand/Views/page.liquid", "brand page");
        _themes.Overrides.Add(new FixedOverride("page", "tenant page"));

        Assert.Equal("tenant page", await _themes.RenderAsync("page"));
    }

    [Fact]
    public async Task PartialsFollowTheSameLookup()
    {
        _themes.Write("Base/Views/page.liquid", "[{% render 'card' %}]");
        _themes.Write("Base/Views/card.liquid", "base card");
        _themes.Write("Brand/Views/card.liquid", "brand card");

        Assert.Equal("[brand card]", await _themes.RenderAsync("page"));
    }

    [Fact]
    public void NamesTheMissingTemplate()
    {
        var (templates, _) = _themes.Build();

        var error = Assert.Throws<FileNotFoundException>(() => templates.Get("nowhere"));
        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesATemplateThatDoesNotParseNamingLineAndColumn()
    {
        var error = Assert.Throws<LiquidSyntaxException>(() => new LiquidTemplateCache().Parse("<p>\n{% if x %}\n</p>", "page"));

        Assert.Matches(@"\(\d+:\d+\)|line|col", error.Error);
    }

    public void Dispose() => _themes.Dispose();

    private sealed class FixedOverride(string name, string source) : ITemplateOverrideSource
    {
        public TemplateOverride? Find(string templateName) => templateName == name ? new TemplateOverride(source, 1) : null;
    }
}
