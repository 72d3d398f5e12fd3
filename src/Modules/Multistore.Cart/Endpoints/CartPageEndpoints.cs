using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Cart.Services;
using Multistore.Catalog.Media;
using Multistore.Commerce;

namespace Multistore.Cart.Endpoints;

/// <summary>The storefront's cart page and its forms (add, change quantity, remove, coupon), server-rendered with antiforgery.</summary>
public static class CartPageEndpoints
{
    public static IEndpointRouteBuilder MapCartPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cart", async (HttpContext context, [AsParameters] CartPageServices services, CancellationToken cancellationToken) =>
            await RenderAsync(context, services, await CurrentAsync(context, services.Carts, cancellationToken))).WithName("CartPage");

        endpoints.MapPost("/cart", async Task<Results<BadRequest, ContentHttpResult>> (HttpContext context, [AsParameters] CartPageServices services, CancellationToken cancellationToken) =>
        {
            var carts = services.Carts;
            if (!await services.Antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(cancellationToken);
            var cart = await CurrentAsync(context, carts, cancellationToken) ?? await carts.CreateAsync(CustomerId(context), TouchpointFeature.Of(context), cancellationToken);
            var cartId = cart.Id;
            CartCookie.Write(context, cartId);
            try
            {
                var sku = form["sku"].ToString();
                var quantity = int.TryParse(form["quantity"], out var q) ? q : 1;
                var changed = form["action"].ToString() switch
                {
                    "update" => await carts.UpdateLineAsync(cart.Id, sku, quantity, TouchpointFeature.Of(context), cancellationToken),
                    "remove" => await carts.RemoveLineAsync(cart.Id, sku, TouchpointFeature.Of(context), cancellationToken),
                    "coupon" => await carts.ApplyCouponAsync(cart.Id, form["couponCode"].ToString(), TouchpointFeature.Of(context), cancellationToken),
                    "remove-coupon" => await carts.RemoveCouponAsync(cart.Id, TouchpointFeature.Of(context), cancellationToken),
                    _ => await carts.AddLineAsync(cart.Id, sku, quantity, TouchpointFeature.Of(context), cancellationToken),
                };
                return await RenderAsync(context, services, changed);
            }
            catch (CartValidationException exception)
            {
                return await RenderAsync(context, services, await carts.GetAsync(cartId, cancellationToken), exception.Message, StatusCodes.Status400BadRequest);
            }
        }).WithName("CartForm");
        return endpoints;
    }

    /// <summary>The signed-in customer's cart, else the guest cart of the cookie.</summary>
    public static async Task<CartView?> CurrentAsync(HttpContext context, ICartService carts, CancellationToken cancellationToken)
    {
        if (CustomerId(context) is { } customer)
        {
            return await carts.GetForCustomerAsync(customer, cancellationToken);
        }

        return CartCookie.Read(context) is { } id ? await carts.GetAsync(id, cancellationToken) : null;
    }

    public static string? CustomerId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The cart page, with <paramref name="error"/> above the lines when a change was refused.</summary>
    public static async Task<ContentHttpResult> RenderAsync(HttpContext context, CartPageServices services, CartView? cart, string? error = null, int status = StatusCodes.Status200OK)
    {
        var tokens = services.Antiforgery.GetAndStoreTokens(context);
        cart = cart is { Lines.Count: > 0 } ? await WithPicturesAsync(cart, services, context.RequestAborted) : cart;
        return await services.Views.ViewAsync("cart", new CartPage(cart is { Lines.Count: > 0 } || cart?.Messages.Count > 0 ? cart : null, error, tokens.FormFieldName, tokens.RequestToken!), status);
    }

    private static async Task<CartView> WithPicturesAsync(CartView cart, CartPageServices services, CancellationToken cancellationToken)
    {
        var images = await services.Images.ForProductsAsync([.. cart.Lines.Select(l => l.ProductId)], cancellationToken);
        var culture = CultureInfo.CurrentCulture.Name;
        return cart with
        {
            Lines = [.. cart.Lines.Select(line => images.TryGetValue(line.ProductId, out var pictures)
                ? line with { Image = VariantPicture.For(pictures, line.VariantName, culture, services.Site.Value.DefaultCulture)?.Url }
                : line)],
        };
    }
}
