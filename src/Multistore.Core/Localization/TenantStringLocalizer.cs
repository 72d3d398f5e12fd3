using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Multistore.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over the tenant's PO layers in the request's UI culture. <paramref name="context"/>
/// is the msgctxt its strings are looked up with (null: none).
/// </summary>
internal sealed class TenantStringLocalizer(TenantTranslations translations, string? context = null) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var found = translations.Find(CultureInfo.CurrentUICulture, context, name);
            return new LocalizedString(name, found is { } hit ? hit.Entry.Translations[0] : name, resourceNotFound: found is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    /// <summary>The plural form for <paramref name="count"/>, formatted with the count as {0}.</summary>
    public LocalizedString Plural(string singular, string plural, long count)
    {
        var text = translations.Translate(CultureInfo.CurrentUICulture, context, singular, plural, count);
        return new LocalizedString(singular, string.Format(CultureInfo.CurrentCulture, text, count));
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var culture = CultureInfo.CurrentUICulture.Name;
        foreach (var name in includeParentCultures ? translations.ChainOf(culture) : [culture])
        {
            foreach (var entry in translations.FilesFor(name).SelectMany(f => f.Entries.Values).Where(e => e.Context == context))
            {
                if (seen.Add(entry.Id))
                {
                    yield return new LocalizedString(entry.Id, entry.Translations[0]);
                }
            }
        }
    }
}
