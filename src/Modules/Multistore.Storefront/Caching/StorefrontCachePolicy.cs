using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Storefront pages cached per shell (so per tenant), varied by request culture and store currency, tagged
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
        var personal = request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.", StringComparison.Ordinal) || k.Contains("cart", StringComparison.OrdinalIgnoreCase));
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable && !personal;
        context.AllowCacheStorage = cacheable && !personal;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);

        var site = context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteSettings>>().Value;
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentCulture.Name;
        context.CacheVaryByRules.VaryByValues["currency"] = site.Currency;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

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
