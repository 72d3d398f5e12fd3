using Microsoft.AspNetCore.Antiforgery;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Theming;

namespace Multistore.Checkout.Endpoints;

/// <summary>
/// What the checkout page's handlers need, bound with <c>[AsParameters]</c>: the shopper's cart, the checkout that
/// quotes and places, the theme's renderer and the antiforgery service for the form's token. Both handlers and the
/// page's renderer take this one record instead of four services.
/// </summary>
public sealed record CheckoutPageServices(ICartService Carts, ICheckoutService Checkout, IThemeViewRenderer Views, IAntiforgery Antiforgery);
