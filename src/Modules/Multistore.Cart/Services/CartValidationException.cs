namespace Multistore.Cart.Services;

/// <summary>Input a cart cannot take; <see cref="Field"/> names what is wrong (sku, quantity, couponCode).</summary>
public sealed class CartValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    /// <summary>The SKU is well-formed but not something this store sells (unknown, inactive, unpriced, or a product sold as variants).</summary>
    public bool IsNotSellable { get; init; }
}
