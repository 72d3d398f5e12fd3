namespace Multistore.Localization;

/// <summary>
/// The culture picker's link: <c>{store}/culture?set=fr-FR&amp;return=/products/x</c>. The Storefront's endpoint
/// remembers the choice in the culture cookie and redirects to the same page in that culture.
/// </summary>
public static class CultureSwitch
{
    public const string Path = "/culture";

    /// <summary>The cookie that remembers a shopper's culture.</summary>
    public const string CookieName = ".Multistore.Culture";

    public static string Url(string storeBase, string culture, string returnPath) =>
        $"{storeBase}{Path}?set={Uri.EscapeDataString(culture)}&return={Uri.EscapeDataString(returnPath)}";

    /// <summary>The path itself when it is a local path (one slash, not two, not a backslash), else the store's home.</summary>
    public static string LocalPath(string? returnPath) =>
        returnPath is { Length: > 0 } && returnPath[0] == '/' && !returnPath.StartsWith("//", StringComparison.Ordinal) && !returnPath.StartsWith("/\\", StringComparison.Ordinal)
            ? returnPath
            : "/";

    /// <summary>The page to land on: <paramref name="returnPath"/> in <paramref name="culture"/>, prefixed unless it is the default; only local paths.</summary>
    public static string Target(string storeBase, string culture, string defaultCulture, string? returnPath)
    {
        var path = LocalPath(returnPath);
        var prefix = string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase) ? "" : "/" + culture.ToLowerInvariant();
        return storeBase + prefix + (path == "/" && prefix.Length > 0 ? "" : path);
    }
}
