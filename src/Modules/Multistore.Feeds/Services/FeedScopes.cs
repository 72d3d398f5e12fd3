using Microsoft.AspNetCore.Http;
using Multistore.Localization;
using Multistore.Settings;

namespace Multistore.Feeds.Services;

/// <summary>
/// Decides a feed's culture: <c>?culture=</c> when given (it must be one of the store's), else the culture segment of
/// the URL (<c>/de-de/feeds/google.xml</c>), else the store's default culture. Never the cookie or Accept-Language:
/// a marketplace fetching the same address must always get the same language.
/// </summary>
public static class FeedScopes
{
    /// <summary>The scope, or null when <paramref name="requested"/> names a culture the store does not offer.</summary>
    public static FeedScope? For(HttpContext context, SiteSettings site, string? requested)
    {
        var cultures = site.Cultures;
        var segment = context.Features.Get<RequestCultureSegment>();
        var culture = string.IsNullOrWhiteSpace(requested)
            ? segment?.Culture ?? site.DefaultCulture
            : cultures.FirstOrDefault(c => string.Equals(c, requested.Trim(), StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            return null;
        }

        var request = context.Request;
        var storeBase = segment?.StoreBase ?? request.PathBase.Value ?? "";
        return new FeedScope(culture, site.DefaultCulture, cultures, site.Currency, site.SiteName, $"{request.Scheme}://{request.Host}", storeBase);
    }
}
