using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Caching;
using Multistore.Http;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.Tenancy;
using Multistore.Theming;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Storefront pages cached per shell (so per tenant), varied by request culture, store currency and the version of
/// the theme files (a template or PO file edited on disk shows on the next request). Tagged <see cref="Tag"/> (every
/// page), with the tags the page's metadata declares and the page adds while rendering, and with one
/// <see cref="PageCacheTags.Sku"/> tag per price it read, so a price change evicts only the pages that show it. A page
/// whose prices change at a scheduled moment before the entry would expire is also tagged for that moment and evicted
/// then (<see cref="PriceBoundaryEviction"/>). Requests that carry a personal cookie or an Authorization header
/// (<see cref="PersonalCookies"/>), or answers that set a cookie, are not cached: what one shopper sees is never
/// served to another. What the cache stores, a CDN may keep too (<see cref="SharedCacheHeaders"/>). Applied by
/// <see cref="StorefrontPagesPolicy"/> to the pages that declare it.
/// </summary>
public static class StorefrontCachePolicy
{
    public const string Tag = PageCacheTags.All;

    /// <summary>How long a page is kept when nothing evicts it sooner.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static ValueTask CacheRequestAsync(OutputCacheContext context, CachedStorefrontPageMetadata page, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var tenant = context.HttpContext.RequestServices.GetRequiredService<TenantSettings>().Name;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !PersonalCookies.AreIn(request, tenant);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        foreach (var tag in page.Tags)
        {
            context.Tags.Add(WithRouteValues(tag, context.HttpContext.Request.RouteValues));
        }

        var site = context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteSettings>>().Value;
        context.CacheVaryByRules.VaryByHost = true;
        var themeFiles = context.HttpContext.RequestServices.GetRequiredService<IThemeCatalog>().FilesVersion;
        context.CacheVaryByRules.CacheKeyPrefix = VaryPrefix(CultureInfo.CurrentCulture.Name, site.Currency, themeFiles);
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    /// <summary>A declared tag with its <c>{name}</c> placeholders filled from the request's route values.</summary>
    private static string WithRouteValues(string tag, RouteValueDictionary values)
    {
        if (!tag.Contains('{', StringComparison.Ordinal))
        {
            return tag;
        }

        foreach (var (name, value) in values)
        {
            tag = tag.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        }

        return tag;
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

    /// <summary>The cache found an entry for the page (<see cref="PageCacheOutcome"/>).</summary>
    public static ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        PageCacheOutcome.Found(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    /// <summary>After the page ran: what the page cache stores, decided once (<see cref="Finish"/>) if the page wrote no body.</summary>
    public static ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        Finish(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Decides, once per request, whether the rendered page is stored and under which tags, and tells shared caches
    /// the same in the response's headers. Called before the page's first byte is written
    /// (<see cref="SharedCacheHeadersMiddleware"/>: the page cache copies the headers then), or after the page ran
    /// when it wrote nothing.
    /// </summary>
    public static void Finish(OutputCacheContext context)
    {
        var http = context.HttpContext;
        if (http.Items.ContainsKey(Finished))
        {
            return;
        }

        http.Items[Finished] = true;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.AllowCacheStorage)
        {
            TagWhatThePageShows(context);
            TagScheduledPriceChange(context);
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted)
        {
            TellSharedCaches(context);
        }
    }

    private static readonly object Finished = new();

    /// <summary>A page the cache stores is one a CDN may keep under the same tags; any other is one shopper's.</summary>
    private static void TellSharedCaches(OutputCacheContext context)
    {
        var response = context.HttpContext.Response;
        if (!context.AllowCacheStorage)
        {
            SharedCacheHeaders.ForOneShopper(response);
            return;
        }

        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<TenantSettings>().Name;
        var sharedMaxAge = services.GetRequiredService<CdnPurge>().Configured ? Lifetime : SharedCacheHeaders.UnpurgedSharedMaxAge;
        SharedCacheHeaders.ForEveryone(response, tenant, context.Tags, sharedMaxAge);
    }

    /// <summary>The tags the page added while rendering, and one per SKU whose price it read.</summary>
    private static void TagWhatThePageShows(OutputCacheContext context)
    {
        if (context.HttpContext.Features.Get<PageCacheTagsFeature>() is { } rendered)
        {
            foreach (var tag in rendered.Tags)
            {
                context.Tags.Add(tag);
            }
        }

        if (context.HttpContext.RequestServices.GetService<PriceValidity>() is { } prices)
        {
            foreach (var sku in prices.Skus)
            {
                context.Tags.Add(PageCacheTags.Sku(sku));
            }
        }
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
