using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Localization;

/// <summary>
/// The strings a tenant's pages use that have no translation in a culture. "Used" is every msgid of the
/// modules' and theme chain's PO files (in any culture: what one translator added, the others owe) and every
/// literal passed to the <c>t</c> filter in the theme chain's and modules' templates.
/// </summary>
internal sealed partial class MissingStrings(PoCatalog catalog, ModuleTemplates moduleTemplates, TenantTranslations translations, IOptions<SiteSettings> site) : IMissingStrings
{
    /// <summary>English is the source language: a msgid is its own English text, so nothing is missing.</summary>
    public static bool IsSourceLanguage(CultureInfo culture) => IMissingStrings.IsSourceLanguage(culture);

    public IReadOnlyList<UsedString> For(CultureInfo culture) =>
        IsSourceLanguage(culture)
            ? []
            : [.. Used().Where(s => translations.Find(culture, s.Context, s.Id, languageOnly: true) is null).OrderBy(s => s.Id, StringComparer.OrdinalIgnoreCase)];

    /// <summary>Every used string once (by context and id), with the first place it was seen.</summary>
    public IReadOnlyList<UsedString> Used()
    {
        var found = new Dictionary<string, UsedString>(StringComparer.Ordinal);
        void Add(string? context, string id, string source)
        {
            if (id.Length > 0)
            {
                found.TryAdd(PoEntry.KeyOf(context, id), new UsedString(context, id, source));
            }
        }

        foreach (var theme in catalog.ThemeChain(site.Value.Theme))
        {
            foreach (var (name, source) in ThemeTemplates(theme.Folder))
            {
                foreach (var (context, id) in Literals(source))
                {
                    Add(context, id, $"{theme.Name} theme: {name}");
                }
            }

            foreach (var entry in PoCatalog.ThemeCultures(theme).SelectMany(c => catalog.ThemeFile(theme, c).Entries.Values))
            {
                Add(entry.Context, entry.Id, $"{theme.Name} theme");
            }
        }

        foreach (var name in moduleTemplates.Names)
        {
            foreach (var (context, id) in Literals(moduleTemplates.Find(name) ?? ""))
            {
                Add(context, id, $"module template: {name}");
            }
        }

        foreach (var entry in catalog.ModuleCultures.SelectMany(catalog.ModuleFiles).SelectMany(f => f.Entries.Values))
        {
            Add(entry.Context, entry.Id, "module");
        }

        return [.. found.Values];
    }

    /// <summary>The string literals a template translates: <c>"Add to cart" | t</c>, with <c>context: "verb"</c> when given.</summary>
    public static IEnumerable<(string? Context, string Id)> Literals(string template) =>
        TranslatedLiteral().Matches(template).Select(m =>
        {
            var context = m.Groups["args"].Success && ContextArgument().Match(m.Groups["args"].Value) is { Success: true } c ? c.Groups["value"].Value : null;
            return (context, m.Groups["id"].Value);
        });

    private static IEnumerable<(string Name, string Source)> ThemeTemplates(string folder)
    {
        var views = Path.Combine(folder, "Views");
        return Directory.Exists(views)
            ? Directory.EnumerateFiles(views, "*.liquid", SearchOption.AllDirectories).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            : [];
    }

    [GeneratedRegex("""(?<q>["'])(?<id>(?:(?!\k<q>).)*)\k<q>\s*\|\s*t\b(?<args>\s*:[^|}%]*)?""")]
    private static partial Regex TranslatedLiteral();

    [GeneratedRegex("""context\s*:\s*(?<q>["'])(?<value>(?:(?!\k<q>).)*)\k<q>""")]
    private static partial Regex ContextArgument();
}
