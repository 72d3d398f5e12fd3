namespace Multistore.Feeds.Services;

/// <summary>
/// Whose feed is being written and in which language: the store's culture, its default culture (whose pages have no
/// culture segment), its currency and name, and its absolute address (scheme, host and URL prefix, no culture
/// segment), so every link in a feed points at this store and no other.
/// </summary>
public sealed record FeedScope(string Culture, string DefaultCulture, IReadOnlyList<string> Cultures, string Currency, string SiteName, string Origin, string StoreBase)
{
    /// <summary>The store's home in its default culture, absolute: <c>https://host/prefix</c>.</summary>
    public string StoreUrl => Origin + StoreBase;

    /// <summary>An address the store gave as a path of this host (<c>/prefix/media/products/x.jpg</c>), made absolute.</summary>
    public string Absolute(string hostPath) => hostPath.StartsWith('/') ? Origin + hostPath : hostPath;

    /// <summary>The absolute address of <paramref name="path"/> in <paramref name="culture"/>: <c>https://host/prefix/de-de/products/x</c>.</summary>
    public string UrlIn(string culture, string path)
    {
        var segment = string.Equals(culture, DefaultCulture, StringComparison.OrdinalIgnoreCase) ? "" : "/" + culture.ToLowerInvariant();
        return StoreUrl + segment + (path == "/" && segment.Length > 0 ? "" : path);
    }

    /// <summary>The absolute address of <paramref name="path"/> in the feed's own culture.</summary>
    public string Url(string path) => UrlIn(Culture, path);
}
