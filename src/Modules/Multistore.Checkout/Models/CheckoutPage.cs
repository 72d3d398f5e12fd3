using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.Checkout.Models;

/// <summary>
/// The checkout page: the cart, the form, the countries with their address formats, the shipping and payment
/// methods for the chosen country, the review totals once reviewed, and the error with its field.
/// </summary>
public sealed record CheckoutPage(
    CartView Cart,
    CheckoutForm Form,
    IReadOnlyList<AddressFormat> Countries,
    AddressFormat Format,
    IReadOnlyList<ShippingQuote> ShippingMethods,
    IReadOnlyList<PaymentMethod> PaymentMethods,
    CheckoutTotals? Review,
    string? Error,
    string? ErrorField,
    string AntiforgeryField,
    string AntiforgeryToken)
{
    /// <summary>The signed-in shopper's saved addresses to choose from (none for a guest).</summary>
    public IReadOnlyList<SavedAddressChoice> SavedAddresses { get; init; } = [];
}
