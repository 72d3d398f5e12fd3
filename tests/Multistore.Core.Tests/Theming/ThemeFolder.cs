using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Fluid;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Hosting;
using Multistore.Localization;
using Multistore.Modules;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Core.Tests.Theming;

/// <summary>A throw-away themes folder: a base theme "Base" and a brand theme "Brand" that inherits from it.</summary>
internal sealed class ThemeFolder : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "multistore-themes-" + Guid.NewGuid().ToString("N"));

    public ThemeFolder()
    {
        Write("Base/theme.json", """{ "name": "Base", "settings": { "color": { "default": "blue" } } }""");
        Write("Brand/theme.json", """{ "name": "Brand", "baseTheme": "Base", "settings": { "color": { "default": "green" } } }""");
    }

    public List<ITemplateOverrideSource> Overrides { get; } = [];

    public Dictionary<string, string> TenantTranslations { get; } = [];

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public (ThemeTemplates Templates, LiquidOptions Liquid) Build(string theme = "Brand")
    {
        var catalog = new ThemeCatalog(new AppDataPaths(_root, _root, _root));
        var modules = new ModuleCatalog(Array.Empty<Assembly>());
        var site = Options.Create(new SiteSettings { Theme = theme });
        var templates = new ThemeTemplates(catalog, new ModuleTemplates(modules), new LiquidTemplateCache(), Overrides, site, new Microsoft.AspNetCore.Http.HttpContextAccessor());
        var translations = new TenantTranslations(new PoCatalog(modules, catalog), new FakeSettingsStore(TenantTranslations), site);
        return (templates, new LiquidOptions(templates, new HttpContextAccessor(), translations));
    }

    public MissingStrings MissingStrings(string theme = "Brand")
    {
        var catalog = new ThemeCatalog(new AppDataPaths(_root, _root, _root));
        var modules = new ModuleCatalog(Array.Empty<Assembly>());
        var site = Options.Create(new SiteSettings { Theme = theme });
        var translations = new TenantTranslations(new PoCatalog(modules, catalog), new FakeSettingsStore(TenantTranslations), site);
        return new MissingStrings(new PoCatalog(modules, catalog), new ModuleTemplates(modules), translations, site);
    }

    public async Task<string> RenderAsync(string template, string culture = "en-US", string theme = "Brand")
    {
        var (templates, liquid) = Build(theme);
        var context = new TemplateContext(liquid.Options) { CultureInfo = CultureInfo.GetCultureInfo(culture) };
        return (await templates.Get(template).RenderAsync(context)).Trim();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class FakeSettingsStore(Dictionary<string, string> translations) : ISiteSettingsStore
    {
        public JsonElement? Get(string group) =>
            group == Multistore.Localization.TenantTranslations.GroupName ? JsonSerializer.SerializeToElement(translations) : null;

        public T Get<T>(string group) where T : new() => new();

        public Task SaveAsync(string group, JsonElement value, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task MergeAsync(string group, JsonElement values, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
