using Microsoft.AspNetCore.Http;
using Multistore.Http;
using Multistore.Localization;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// The guest cart's id in a cookie of the store (path = the store's base, so tenants on prefixes never share it; without
/// the culture segment, so the same cart follows the shopper from /fr-fr/cart to /cart).
/// </summary>
public static class CartCookie
{
    /// <summary>Published in Abstractions, so the page cache knows the cart cookie by name (<see cref="PersonalCookies"/>).</summary>
    public const string Name = PersonalCookies.Cart;

    public static Guid? Read(HttpContext context) =>
        Guid.TryParse(context.Request.Cookies[Name], out var id) ? id : null;

    public static void Write(HttpContext context, Guid cartId) =>
        context.Response.Cookies.Append(Name, cartId.ToString(), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = StorePath(context),
            MaxAge = TimeSpan.FromDays(30),
        });

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, new CookieOptions { Path = StorePath(context) });

    private static string StorePath(HttpContext context) =>
        (context.Features.Get<RequestCultureSegment>()?.StoreBase ?? context.Request.PathBase.Value) is { Length: > 0 } path ? path : "/";
}
