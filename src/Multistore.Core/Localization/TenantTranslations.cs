using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Localization;

/// <summary>
/// A tenant's UI strings: its own overrides (PO text per culture in the "Translations" settings group,
/// edited in the admin; a save releases the shell, so edits apply without a restart), then its theme and
/// the theme's bases, then the modules. A culture falls back as <see cref="CultureFallback"/> says: its parent
/// (de-AT, then de), the other cultures of its language that the store, its theme or a module has (de-DE), then the
/// store's default culture. An English culture stops within English: the source text is English already.
/// </summary>
internal sealed class TenantTranslations(PoCatalog catalog, ISiteSettingsStore store, IOptions<SiteSettings> site)
{
    public const string GroupName = "Translations";

    /// <summary>The language the message ids are written in, so the source text is its translation.</summary>
    private const string SourceLanguage = "en";

    private readonly ConcurrentDictionary<string, PoFile> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _chains = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The translation of a message and the plural rule of the file it came from, or null when untranslated.</summary>
    /// <param name="languageOnly">Look only in cultures of <paramref name="culture"/>'s language, not in the store's default culture.</param>
    public (PoEntry Entry, PluralRule Plural)? Find(CultureInfo culture, string? context, string id, bool languageOnly = false)
    {
        var language = CultureFallback.LanguageOf(culture.Name);
        foreach (var name in ChainOf(culture.Name).Where(n => !languageOnly || string.Equals(CultureFallback.LanguageOf(n), language, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var file in FilesFor(name))
            {
                if (file.Find(context, id) is { } entry)
                {
                    return (entry, file.Plural);
                }
            }
        }

        return null;
    }

    /// <summary>Translates a message, choosing the plural form for <paramref name="count"/> when a plural is given.</summary>
    public string Translate(CultureInfo culture, string? context, string id, string? pluralId = null, long? count = null)
    {
        var found = Find(culture, context, id);
        if (found is not { } hit)
        {
            return pluralId is not null && count is not null && count != 1 ? pluralId : id;
        }

        var index = count is null ? 0 : hit.Plural.IndexFor(count.Value);
        var translations = hit.Entry.Translations;
        var text = index < translations.Count ? translations[index] : translations[^1];
        return text.Length > 0 ? text : translations[0];
    }

    /// <summary>Files for exactly this culture name, nearest layer first.</summary>
    public IEnumerable<PoFile> FilesFor(string culture)
    {
        yield return Override(culture);
        foreach (var theme in catalog.ThemeChain(site.Value.Theme))
        {
            yield return catalog.ThemeFile(theme, culture);
        }

        foreach (var file in catalog.ModuleFiles(culture))
        {
            yield return file;
        }
    }

    /// <summary>The cultures to look in for <paramref name="culture"/>, nearest first; built once per shell and culture.</summary>
    public IReadOnlyList<string> ChainOf(string culture) => _chains.GetOrAdd(culture, name =>
    {
        var settings = site.Value;
        var available = settings.Cultures
            .Concat(catalog.ModuleCultures)
            .Concat(catalog.ThemeChain(settings.Theme).SelectMany(PoCatalog.ThemeCultures))
            .Concat(OverrideCultures());
        var english = string.Equals(CultureFallback.LanguageOf(name), SourceLanguage, StringComparison.OrdinalIgnoreCase);
        return CultureFallback.Chain(name, english ? null : settings.DefaultCulture, available);
    });

    private List<string> OverrideCultures() =>
        store.Get(GroupName) is { ValueKind: JsonValueKind.Object } group ? group.EnumerateObject().Select(p => p.Name).ToList() : [];

    private PoFile Override(string culture) => _overrides.GetOrAdd(culture, name =>
        store.Get(GroupName) is { ValueKind: JsonValueKind.Object } group
            && group.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String
            ? PoParser.Parse(text.GetString()!, $"tenant translations {name}")
            : PoFile.Empty);
}
