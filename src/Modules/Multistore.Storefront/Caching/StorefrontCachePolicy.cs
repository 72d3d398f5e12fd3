using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Storefront pages cached per shell (so per tenant), varied by request culture, store currency and the version of
/// the theme files (a template or PO file edited on disk shows on the next request), tagged
/// <see cref="Tag"/> so a change evicts them. A page whose prices change at a scheduled moment before the entry
/// would expire is also tagged for that moment and evicted then (<see cref="PriceBoundaryEviction"/>). Requests that carry a session or sign-in cookie, or answers that
/// set a cookie, are not cached: what one shopper sees is never served to another.
/// </summary>
public sealed class StorefrontCachePolicy : IOutputCachePolicy
{
    public const string Name = "storefront";
    public const string Tag = "storefront";

    /// <summary>How long a page is kept when nothing evicts it sooner.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !IsPersonal(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);

        var site = context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteSettings>>().Value;
        context.CacheVaryByRules.VaryByHost = true;
        var themeFiles = context.HttpContext.RequestServices.GetRequiredService<IThemeCatalog>().FilesVersion;
        context.CacheVaryByRules.CacheKeyPrefix = VaryPrefix(CultureInfo.CurrentCulture.Name, site.Currency, themeFiles);
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A request whose answer may be someone's own: it signs in (the store's <c>.Multistore.{tenant}.Auth</c> cookie or
    /// an Authorization header), has a session or antiforgery cookie (<c>.AspNetCore.*</c>) or a cart.
    /// </summary>
    private static bool IsPersonal(HttpRequest request)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return true;
        }

        foreach (var cookie in request.Cookies)
        {
            var name = cookie.Key;
            if (name.StartsWith(".AspNetCore.", StringComparison.Ordinal) || name.Contains("cart", StringComparison.OrdinalIgnoreCase)
                || (name.StartsWith(".Multistore.", StringComparison.Ordinal) && name.EndsWith(".Auth", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Culture, currency and theme files' version as one key prefix, built once per triple: cheaper per request than
    /// vary-by values, which the cache sorts and appends on every lookup.
    /// </summary>
    private static string VaryPrefix(string culture, string currency, long themeFiles)
    {
        var key = (culture, currency, themeFiles);
        return Prefixes.TryGetValue(key, out var prefix) ? prefix
            : Prefixes.GetOrAdd(key, static triple => string.Create(CultureInfo.InvariantCulture, $"{triple.culture}|{triple.currency}|{triple.themeFiles}"));
    }

    private static readonly ConcurrentDictionary<(string culture, string currency, long themeFiles), string> Prefixes = new();

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.AllowCacheStorage)
        {
            TagScheduledPriceChange(context);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Tags the page for the next start or end of a scheduled price it shows, when that comes before the entry expires.</summary>
    private static void TagScheduledPriceChange(OutputCacheContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (services.GetService<PriceValidity>()?.UntilUtc is { } until && services.GetService<PriceBoundaryEviction>() is { } eviction
            && until < (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime + Lifetime)
        {
            context.Tags.Add(eviction.Schedule(until));
        }
    }
}
