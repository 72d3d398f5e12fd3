using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>
/// Template lookup for one tenant: its overrides, then its theme and the theme's bases, then module
/// defaults. Also the file provider behind <c>{% render %}</c>, so partials follow the same order.
/// </summary>
internal sealed class ThemeTemplates(
    ThemeCatalog themes,
    ModuleTemplates moduleTemplates,
    LiquidTemplateCache cache,
    IEnumerable<ITemplateOverrideSource> overrides,
    IOptions<SiteSettings> site,
    Microsoft.AspNetCore.Http.IHttpContextAccessor http) : IFileProvider, IThemeTemplates
{
    /// <summary>The theme this request renders with: the one an admin is previewing, else the site's.</summary>
    public string Theme => http.HttpContext?.Features.Get<ThemePreview>()?.Theme ?? site.Value.Theme;

    public IFluidTemplate Get(string name)
    {
        if (Override(name) is { } overridden)
        {
            // Keyed by content: tenants with the same override share one parsed template.
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(overridden)));
            return cache.GetOrParse($"override:{hash}", 0, () => overridden);
        }

        if (themes.FindFile(Theme, Path.Combine("Views", name + ".liquid")) is { } file)
        {
            return cache.GetOrParse(file, themes.Stamp(file), () => File.ReadAllText(file));
        }

        var moduleSource = moduleTemplates.Find(name) ?? throw new FileNotFoundException($"No template '{name}' in theme '{Theme}', its base themes or any module.");
        return cache.GetOrParse($"module:{name}", 0, () => moduleSource);
    }

    /// <summary>The source of a template as lookup finds it, for editors that start an override from it.</summary>
    public string? Source(string name)
    {
        if (themes.FindFile(Theme, Path.Combine("Views", name + ".liquid")) is { } file)
        {
            return File.ReadAllText(file);
        }

        return moduleTemplates.Find(name);
    }

    /// <summary>
    /// The store's override of a template as the current <see cref="TemplateRenderScope"/> sees it: an editor's
    /// candidate, none in a fallback render, else the stored one. Notes the name when one is used.
    /// </summary>
    private string? Override(string name)
    {
        var scope = TemplateRenderScope.Current;
        var source = scope?.Candidate is { } candidate && string.Equals(candidate.Name, name, StringComparison.Ordinal) ? candidate.Source
            : scope?.ThemeOnly == true ? null
            : overrides.Select(o => o.Find(name)?.Source).FirstOrDefault(s => s is not null);
        if (source is not null)
        {
            scope?.UsedOverrides.Add(name);
        }

        return source;
    }

    IFileInfo IFileProvider.GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        name = name.EndsWith(".liquid", StringComparison.Ordinal) ? name[..^".liquid".Length] : name;
        if (Override(name) is { } overridden)
        {
            return new TemplateFileInfo(name, overridden);
        }

        if (themes.FindFile(Theme, Path.Combine("Views", name + ".liquid")) is { } file)
        {
            return cache.Partial(file, themes.Stamp(file), name);
        }

        return moduleTemplates.Find(name) is { } moduleSource ? new TemplateFileInfo(name, moduleSource) : new NotFoundFileInfo(subpath);
    }

    IDirectoryContents IFileProvider.GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    IChangeToken IFileProvider.Watch(string filter) => NullChangeToken.Singleton;
}
