using Multistore.Cart.Services;
using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>The review step: the cart, the chosen shipping and payment, and the totals.</summary>
public sealed record CheckoutQuote(CartView Cart, ShippingQuote Shipping, PaymentMethod Payment, CheckoutTotals Totals);
