using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Multistore.Checkout.Services;

/// <summary>
/// What an idempotency key is bound to: the key is scoped to its cart, and the fingerprint (a SHA-256 of the request's
/// parameters and the signed-in customer) tells a true retry from a reused key, as Stripe's idempotency does.
/// </summary>
public static class CheckoutFingerprint
{
    /// <summary>The key as stored on the order: the client's key within its cart, so no other cart ever finds it.</summary>
    public static string ScopedKey(Guid cartId, string clientKey) => $"{cartId:N}:{clientKey.Trim()}";

    public static string Of(PlaceOrderRequest request)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            request.CartId, request.CustomerId, request.Email.Trim().ToUpperInvariant(), request.ShippingAddress, request.BillingAddress,
            request.ShippingMethod.Trim().ToUpperInvariant(), request.PaymentMethod.Trim().ToUpperInvariant(),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
