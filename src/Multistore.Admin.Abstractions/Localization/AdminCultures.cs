using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Multistore.Admin;

/// <summary>
/// The languages the admin speaks and how one is picked for a request under <c>/admin</c>: the administrator's own choice
/// (the picker's cookie), then Accept-Language, then the language of the store's default culture, else en-US. Unlike the
/// storefront these are not limited to the store's cultures: a Swedish merchant may run a German store.
/// </summary>
public static class AdminCultures
{
    public const string Default = "en-US";

    /// <summary>The picker's cookie, scoped to the store's admin path.</summary>
    public const string CookieName = ".Multistore.AdminCulture";

    public static IReadOnlyList<string> Languages { get; } = [Default, "de-DE", "sv-SE", "fr-FR"];

    /// <summary>The admin language for <paramref name="name"/> (exact, then the same language: de-AT → de-DE), or null.</summary>
    public static string? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var exact = Languages.FirstOrDefault(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var language = name.Split('-')[0];
        return Languages.FirstOrDefault(l => l.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Only an exact admin language is a choice the picker stores.</summary>
    public static string? Exact(string? name) =>
        Languages.FirstOrDefault(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));

    public static string Pick(HttpRequest request, string storeDefaultCulture) =>
        Exact(request.Cookies[CookieName])
        ?? FromAcceptLanguage(request.Headers.AcceptLanguage)
        ?? Match(storeDefaultCulture)
        ?? Default;

    /// <summary>The language's own name, as its speakers write it ("Deutsch", "svenska").</summary>
    public static string NativeName(string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var name = info.Parent.NativeName;
        return info.TextInfo.ToUpper(name[0]) + name[1..];
    }

    private static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrEmpty(header) || !StringWithQualityHeaderValue.TryParseList([header], out var languages))
        {
            return null;
        }

        return languages
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Match(l.Value.Value))
            .FirstOrDefault(l => l is not null);
    }
}
