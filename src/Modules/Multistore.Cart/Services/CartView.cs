using Multistore.Commerce;

namespace Multistore.Cart.Services;

/// <summary>
/// A cart as every touchpoint shows it, priced now. <see cref="Messages"/> tells the shopper what changed since
/// they last looked (a price, a quantity cut to what is in stock, an item no longer sold, a coupon that stopped applying).
/// </summary>
public sealed record CartView(
    Guid Id,
    string? CustomerId,
    string Touchpoint,
    string Currency,
    IReadOnlyList<CartLineView> Lines,
    Money Subtotal,
    Money Discount,
    Money Total,
    string? CouponCode,
    IReadOnlyList<CartMessage> Messages)
{
    public int ItemCount => Lines.Sum(l => l.Quantity);
}
