namespace Multistore.Storefront.Caching;

/// <summary>
/// A page cache tag as a CDN surrogate key: qualified by the store, since one CDN serves every store of the host and a
/// purge for one store's product must never drop another store's pages; escaped so that a tag never splits into two
/// keys (keys are separated by spaces) or carries a character a header cannot.
/// </summary>
public static class SurrogateKeys
{
    public static string For(string tenant, string tag) => tenant + "/" + Uri.EscapeDataString(tag).Replace("%3A", ":", StringComparison.Ordinal);
}
