using System.Text;
using Multistore.Feeds.Services;

namespace Multistore.Feeds.Writers;

/// <summary>
/// The store's robots.txt: crawlers keep out of the admin, the cart and checkout (in every culture, since a culture
/// segment comes first in a path) and read the sitemap. Paths carry the store's URL prefix, so a URL-prefix store's
/// rules name only its own pages.
/// </summary>
public static class RobotsText
{
    public static readonly IReadOnlyList<string> PrivatePaths = ["/admin", "/cart", "/checkout"];

    public static string For(FeedScope scope)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var culture in scope.Cultures)
        {
            foreach (var path in PrivatePaths)
            {
                var url = new Uri(scope.UrlIn(culture, path));
                text.Append("Disallow: ").Append(url.AbsolutePath).Append('\n');
            }
        }

        return text.Append("Sitemap: ").Append(scope.UrlIn(scope.DefaultCulture, "/sitemap.xml")).Append('\n').ToString();
    }
}
