using Microsoft.Extensions.Options;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Storefront.Admin;

/// <summary>Every template the tenant's pages can use (theme chain and module defaults), nearest origin first.</summary>
public sealed class TemplateList(IThemeCatalog themes, IModuleTemplates modules, ITemplateOverrideSource overrides, IOptions<SiteSettings> site)
{
    public IReadOnlyList<TemplateRow> All()
    {
        var rows = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes.Chain(site.Value.Theme))
        {
            var views = Path.Combine(theme.Folder, "Views");
            foreach (var file in Directory.Exists(views) ? Directory.EnumerateFiles(views, "*.liquid") : [])
            {
                rows.TryAdd(Path.GetFileNameWithoutExtension(file), theme.DisplayName);
            }
        }

        foreach (var name in modules.Names)
        {
            rows.TryAdd(name, "");
        }

        return [.. rows.OrderBy(r => r.Key, StringComparer.OrdinalIgnoreCase).Select(r => new TemplateRow(r.Key, r.Value, overrides.Find(r.Key) is not null))];
    }

    public bool Exists(string name) => All().Any(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
