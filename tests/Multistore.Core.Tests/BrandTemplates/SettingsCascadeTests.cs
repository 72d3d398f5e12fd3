using System.Text.Json;
using Multistore.BrandTemplates;

namespace Multistore.Core.Tests.BrandTemplates;

public sealed class SettingsCascadeTests
{
    private static BrandTemplate Template(string name, string? parent, string settings) => new()
    {
        Name = name,
        Parent = parent,
        Settings = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(settings)!,
    };

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void ClosestLevelWinsAndObjectsMergeWithoutCase()
    {
        var brand = Template("brand", null, """{"Site": {"Theme": "Nordic", "Currency": "SEK"}, "Theme": {"colors": {"primary": "#111", "accent": "#222"}}}""");
        var region = Template("region", "brand", """{"site": {"currency": "EUR"}, "Theme": {"colors": {"accent": "#333"}}}""");
        var chain = new TemplateChain([region, brand]);

        var site = SettingsCascade.Effective("Site", Json("""{"SiteName": "Store"}"""), chain)!.Value;
        var theme = SettingsCascade.Effective("Theme", null, chain)!.Value;

        Assert.Equal("Nordic", site.GetProperty("Theme").GetString());
        Assert.Equal("EUR", site.GetProperty("currency").GetString());
        Assert.False(site.TryGetProperty("Currency", out _));
        Assert.Equal("Store", site.GetProperty("SiteName").GetString());
        Assert.Equal("#111", theme.GetProperty("colors").GetProperty("primary").GetString());
        Assert.Equal("#333", theme.GetProperty("colors").GetProperty("accent").GetString());
    }

    [Fact]
    public void SourcesSayWhichLevelEachValueComesFrom()
    {
        var brand = Template("brand", null, """{"Site": {"Theme": "Nordic", "Currency": "SEK"}}""");
        var sources = SettingsCascade.Sources("Site", Json("""{"Currency": "NOK"}"""), new TemplateChain([brand]));

        Assert.Contains(sources, s => s.Path == "Currency" && s.Source == SettingSource.Store && s.Wins);
        Assert.Contains(sources, s => s.Path == "Currency" && s.Source == "brand" && !s.Wins);
        Assert.Contains(sources, s => s.Path == "Theme" && s.Source == "brand" && s.Wins);
    }

    [Fact]
    public void ChainRefusesMissingParentsCirclesAndAFourthLevel()
    {
        var all = new[] { Template("a", null, "{}"), Template("b", "a", "{}"), Template("c", "b", "{}"), Template("d", "c", "{}"), Template("x", "y", "{}"), Template("y", "x", "{}"), Template("z", "none", "{}") }
            .ToDictionary(t => t.Name);

        Assert.Equal(["c", "b", "a"], TemplateChain.Resolve("c", all, out _)!.Levels.Select(l => l.Name));
        Assert.Null(TemplateChain.Resolve("d", all, out var deep));
        Assert.Contains("at most 3 levels", deep);
        Assert.Null(TemplateChain.Resolve("x", all, out var circle));
        Assert.Contains("circle", circle);
        Assert.Null(TemplateChain.Resolve("z", all, out var missing));
        Assert.Contains("'none', which does not exist", missing);
    }
}
