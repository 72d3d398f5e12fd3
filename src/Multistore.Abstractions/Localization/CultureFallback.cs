using System.Globalization;

namespace Multistore.Localization;

/// <summary>
/// Which culture's text stands in when a culture has none, shared by UI strings (PO) and catalog text: the culture
/// itself, its parents (de-AT, then de), the other cultures of its language that are available (de-DE, the
/// language's main culture first, then by name), then the store's default culture in the same way. Never whichever
/// text happened to be stored first.
/// </summary>
public static class CultureFallback
{
    private const string LastResort = "en-US";

    /// <summary>The culture names to try for <paramref name="culture"/>, nearest first, without repeats.</summary>
    public static IReadOnlyList<string> Chain(string culture, string? defaultCulture, IEnumerable<string> available)
    {
        var known = available.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var chain = new List<string>();
        AddLanguage(chain, culture, known);
        if (!string.IsNullOrEmpty(defaultCulture))
        {
            AddLanguage(chain, defaultCulture, known);
        }

        return chain;
    }

    /// <summary>
    /// The item whose culture comes first in <see cref="Chain"/>; when none is in the chain (a store cloned into a
    /// language its catalog has no text in), the English one, the language the interface's own strings fall back to,
    /// else the one with the first culture name in ordinal order, so the choice never depends on storage order (it was
    /// de-DE before en-US: a Danish clone of a Swedish store showed German names). Null only when there are no items.
    /// </summary>
    public static T? Pick<T>(IReadOnlyCollection<T> items, Func<T, string> cultureOf, string culture, string? defaultCulture) where T : class
    {
        if (items.Count == 0)
        {
            return null;
        }

        var byCulture = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            byCulture.TryAdd(cultureOf(item), item);
        }

        foreach (var name in Chain(culture, defaultCulture, byCulture.Keys))
        {
            if (byCulture.TryGetValue(name, out var item))
            {
                return item;
            }
        }

        foreach (var name in Chain(LastResort, null, byCulture.Keys))
        {
            if (byCulture.TryGetValue(name, out var item))
            {
                return item;
            }
        }

        return byCulture.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase).First().Value;
    }

    /// <summary>The value of the culture that comes first in <see cref="Chain"/>, or null when none of its cultures has one.</summary>
    public static T? Find<T>(IReadOnlyDictionary<string, T> byCulture, string culture, string? defaultCulture) where T : class
    {
        foreach (var name in Chain(culture, defaultCulture, byCulture.Keys))
        {
            if (byCulture.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The language part of a culture name: de for de-AT.</summary>
    public static string LanguageOf(string culture)
    {
        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? culture : culture[..dash];
    }

    private static void AddLanguage(List<string> chain, string culture, List<string> available)
    {
        void Add(string name)
        {
            if (name.Length > 0 && !chain.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                chain.Add(name);
            }
        }

        Add(culture);
        for (var info = Info(culture)?.Parent; info is { Name.Length: > 0 }; info = info.Parent)
        {
            Add(info.Name);
        }

        var language = LanguageOf(culture);
        var main = MainCultureOf(language);
        foreach (var other in available
                     .Where(name => string.Equals(LanguageOf(name), language, StringComparison.OrdinalIgnoreCase))
                     .OrderBy(name => string.Equals(name, main, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                     .ThenBy(name => name, StringComparer.OrdinalIgnoreCase))
        {
            Add(other);
        }
    }

    private static string? MainCultureOf(string language)
    {
        try
        {
            return CultureInfo.CreateSpecificCulture(language).Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static CultureInfo? Info(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
