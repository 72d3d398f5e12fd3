using System.Runtime.CompilerServices;
using Multistore.Catalog.Services;
using Multistore.Localization;
using Multistore.Modules;

namespace Multistore.Feeds.Services;

/// <summary>
/// The pages a search engine should know, each in every culture of the store: the home page, the category pages
/// (served by the Search feature, so only when it is on) and every active product, read a page of the catalog at a
/// time. A product without text in a culture links the text the page falls back to, under that culture's address.
/// </summary>
public sealed class SitemapPages(ICatalogFeed feed, IProductCatalog catalog, IShellFeatures features)
{
    public async IAsyncEnumerable<SitemapPage> ForAsync(FeedScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return InEvery(scope, _ => "/");
        if (features.IsEnabled("Multistore.Search"))
        {
            var slugs = new Dictionary<string, Dictionary<Guid, string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var culture in scope.Cultures)
            {
                slugs[culture] = (await catalog.ListCategoriesAsync(culture, cancellationToken)).ToDictionary(c => c.Id, c => c.Slug);
            }

            foreach (var id in slugs[scope.DefaultCulture].Keys)
            {
                yield return InEvery(scope, culture => "/categories/" + Uri.EscapeDataString(slugs[culture].GetValueOrDefault(id) ?? slugs[scope.DefaultCulture][id]));
            }
        }

        for (var skip = 0; await feed.ProductIdsAsync(skip, FeedPageReader.PageSize, cancellationToken) is { Count: > 0 } ids; skip += FeedPageReader.PageSize)
        {
            foreach (var product in (await feed.LoadAsync(ids, cancellationToken)).Where(p => p.IsActive).OrderBy(p => p.Sku, StringComparer.Ordinal))
            {
                yield return InEvery(scope, culture =>
                    "/products/" + Uri.EscapeDataString(CultureFallback.Find(product.Texts, culture, scope.DefaultCulture)?.Slug ?? product.Sku));
            }
        }
    }

    private static SitemapPage InEvery(FeedScope scope, Func<string, string> pathIn) =>
        new([.. scope.Cultures.Select(culture => KeyValuePair.Create(culture, scope.UrlIn(culture, pathIn(culture))))]);
}
