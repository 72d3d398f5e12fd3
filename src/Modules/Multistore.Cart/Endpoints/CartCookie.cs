using Microsoft.AspNetCore.Http;

namespace Multistore.Cart.Endpoints;

/// <summary>The guest cart's id in a cookie of the store (path = the store's base, so tenants on prefixes never share it).</summary>
public static class CartCookie
{
    public const string Name = "ms_cart";

    public static Guid? Read(HttpContext context) =>
        Guid.TryParse(context.Request.Cookies[Name], out var id) ? id : null;

    public static void Write(HttpContext context, Guid cartId) =>
        context.Response.Cookies.Append(Name, cartId.ToString(), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
            MaxAge = TimeSpan.FromDays(30),
        });

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, new CookieOptions { Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/" });
}
