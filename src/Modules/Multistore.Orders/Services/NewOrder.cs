using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// An order to be written, as the checkout worked it out: amounts in <see cref="Currency"/>, already rounded.
/// <see cref="IdempotencyKey"/> is unique per order (a retry finds the order instead of writing another) and
/// <see cref="RequestFingerprint"/> tells a retry from a reused key. Addresses are stored as they are now, trimmed.
/// </summary>
public sealed record NewOrder
{
    public string IdempotencyKey { get; init; } = "";
    public string? RequestFingerprint { get; init; }
    public string? CustomerId { get; init; }
    public string Email { get; init; } = "";
    public string Culture { get; init; } = "";
    public string Currency { get; init; } = "";
    public string Touchpoint { get; init; } = "";
    public Address ShippingAddress { get; init; } = new();
    public Address BillingAddress { get; init; } = new();
    public string ShippingMethodCode { get; init; } = "";
    public string ShippingMethodName { get; init; } = "";
    public string PaymentMethodCode { get; init; } = "";
    public string? CouponCode { get; init; }
    public decimal ItemsTotal { get; init; }
    public decimal DiscountTotal { get; init; }
    public decimal ShippingTotal { get; init; }
    public decimal PaymentFee { get; init; }
    public decimal TaxTotal { get; init; }
    public bool TaxIncluded { get; init; }
    public decimal GrandTotal { get; init; }

    /// <summary>The stock reservation holding this order's lines until payment starts.</summary>
    public string ReservationReference { get; init; } = "";

    public IReadOnlyList<NewOrderLine> Lines { get; init; } = [];
}
