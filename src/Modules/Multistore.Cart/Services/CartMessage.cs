namespace Multistore.Cart.Services;

/// <summary>
/// Something that changed in the cart, for the shopper: <see cref="Code"/> is stable for apps
/// (price-changed, quantity-reduced, out-of-stock, unavailable, coupon-removed), <see cref="Text"/> is the sentence.
/// </summary>
public sealed record CartMessage(string Code, string? Sku, string Text);
