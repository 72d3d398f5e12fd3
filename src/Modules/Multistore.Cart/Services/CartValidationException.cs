namespace Multistore.Cart.Services;

/// <summary>Input a cart cannot take; <see cref="Field"/> names what is wrong (sku, quantity, couponCode).</summary>
public sealed class CartValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
