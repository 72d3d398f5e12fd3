using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Cart.Services;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>Carts through <see cref="ICartService"/>, the service the cart page uses too.</summary>
public static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder api)
    {
        var carts = api.MapGroup("/carts").WithTags("Carts").AddEndpointFilter(CommerceValidationFilter.Instance);
        carts.MapPost("", CreateAsync).WithName("CreateCart")
            .WithSummary("A new guest cart; with a bearer token, the customer's open cart (the same on every touchpoint).");
        carts.MapGet("/{id:guid}", GetAsync).WithName("GetCart");
        carts.MapPost("/{id:guid}/lines", AddLineAsync).WithName("AddCartLine")
            .WithSummary("Adds quantity of a SKU; the cart comes back re-priced with messages about what changed.");
        carts.MapPut("/{id:guid}/lines/{sku}", (Guid id, string sku, AddLineRequest line, ICartService service, HttpContext context, CancellationToken ct) =>
            ChangeAsync(service.UpdateLineAsync(id, sku, line.Quantity, TouchpointFeature.Of(context), ct), id)).WithName("SetCartLineQuantity");
        carts.MapDelete("/{id:guid}/lines/{sku}", (Guid id, string sku, ICartService service, HttpContext context, CancellationToken ct) =>
            ChangeAsync(service.RemoveLineAsync(id, sku, TouchpointFeature.Of(context), ct), id)).WithName("RemoveCartLine");
        carts.MapPost("/{id:guid}/coupon", (Guid id, CouponRequest coupon, ICartService service, HttpContext context, CancellationToken ct) =>
            ChangeAsync(service.ApplyCouponAsync(id, coupon.Code ?? "", TouchpointFeature.Of(context), ct), id)).WithName("ApplyCoupon");
        carts.MapDelete("/{id:guid}/coupon", (Guid id, ICartService service, HttpContext context, CancellationToken ct) =>
            ChangeAsync(service.RemoveCouponAsync(id, TouchpointFeature.Of(context), ct), id)).WithName("RemoveCoupon");
        return api;
    }

    private static async Task<Created<ApiCart>> CreateAsync(ICartService service, HttpContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerIdentity.CustomerIdAsync(context);
        var cart = ApiCart.From(await service.CreateAsync(customer, TouchpointFeature.Of(context), cancellationToken));
        return TypedResults.Created($"{context.Request.PathBase}{StorefrontApiRoutes.Base}/carts/{cart.Id}", cart);
    }

    private static async Task<Results<Ok<ApiCart>, ProblemHttpResult>> GetAsync(Guid id, ICartService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } cart ? TypedResults.Ok(ApiCart.From(cart)) : NoSuchCart(id);

    private static Task<Results<Ok<ApiCart>, ProblemHttpResult>> AddLineAsync(
        Guid id, AddLineRequest line, ICartService service, HttpContext context, CancellationToken cancellationToken) =>
        ChangeAsync(service.AddLineAsync(id, line.Sku ?? "", line.Quantity, TouchpointFeature.Of(context), cancellationToken), id);

    /// <summary>The cart service publishes <see cref="CartChanged"/>; <see cref="CartChangeBroadcaster"/> tells the other touchpoints.</summary>
    private static async Task<Results<Ok<ApiCart>, ProblemHttpResult>> ChangeAsync(Task<CartView?> change, Guid id) =>
        await change is { } changed ? TypedResults.Ok(ApiCart.From(changed)) : NoSuchCart(id);

    public static ProblemHttpResult NoSuchCart(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Cart not found", detail: $"There is no open cart {id}.");
}
