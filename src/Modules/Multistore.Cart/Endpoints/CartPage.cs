using Multistore.Cart.Services;

namespace Multistore.Cart.Endpoints;

/// <summary>The cart page's model: the cart (null when empty), an error for the field that was wrong, the form token.</summary>
public sealed record CartPage(CartView? Cart, string? Error, string AntiforgeryField, string AntiforgeryToken);
