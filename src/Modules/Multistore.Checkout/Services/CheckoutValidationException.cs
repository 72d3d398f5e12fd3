namespace Multistore.Checkout.Services;

/// <summary>
/// A checkout that cannot go ahead, with the field to fix (email, shippingAddress.postalCode, shippingMethod,
/// paymentMethod, lines for stock). Nothing was written.
/// </summary>
public sealed class CheckoutValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
