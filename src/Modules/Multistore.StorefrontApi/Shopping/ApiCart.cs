using Multistore.Cart.Services;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>The cart as the API returns it: <c>{ id, lines, totals, ... }</c>.</summary>
public sealed record ApiCart(
    Guid Id,
    IReadOnlyList<CartLineView> Lines,
    ApiCartTotals Totals,
    string? CouponCode,
    int ItemCount,
    string Touchpoint,
    IReadOnlyList<CartMessage> Messages)
{
    public static ApiCart From(CartView cart) => new(
        cart.Id, cart.Lines, new ApiCartTotals(cart.Subtotal, cart.Discount, cart.Total), cart.CouponCode, cart.ItemCount, cart.Touchpoint, cart.Messages);
}
