using Multistore.Orders.Services;

namespace Multistore.Orders.Domain;

/// <summary>
/// An order. Amounts are in <see cref="Currency"/>, already rounded. <see cref="IdempotencyKey"/> is unique: a
/// retried checkout finds this order instead of making another; it is scoped to the cart, and
/// <see cref="RequestFingerprint"/> (a hash of the checkout's parameters) tells a retry from a reused key.
/// <see cref="AccessToken"/> lets a guest read it.
/// </summary>
internal sealed class Order
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Number { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
    public string? RequestFingerprint { get; set; }
    public string AccessToken { get; set; } = "";
    public string? CustomerId { get; set; }
    public string Email { get; set; } = "";
    public string Culture { get; set; } = "";
    public string Currency { get; set; } = "";
    public string Touchpoint { get; set; } = "";
    public OrderStatus Status { get; set; } = OrderStatus.Pending;
    public OrderAddress ShippingAddress { get; set; } = new();
    public OrderAddress BillingAddress { get; set; } = new();
    public string ShippingMethodCode { get; set; } = "";
    public string ShippingMethodName { get; set; } = "";
    public string PaymentMethodCode { get; set; } = "";
    public string? CouponCode { get; set; }
    public decimal ItemsTotal { get; set; }
    public decimal DiscountTotal { get; set; }
    public decimal ShippingTotal { get; set; }
    public decimal PaymentFee { get; set; }
    public decimal TaxTotal { get; set; }
    public bool TaxIncluded { get; set; }
    public decimal GrandTotal { get; set; }
    public decimal RefundedTotal { get; set; }
    public string ReservationReference { get; set; } = "";
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderTransition> Transitions { get; set; } = [];
    public List<OrderNote> Notes { get; set; } = [];
    public List<OrderPayment> Payments { get; set; } = [];
    public List<OrderRefund> Refunds { get; set; } = [];

    /// <summary>
    /// The payment attempt that counts now: an order may have several (a declined card, then a bank transfer chosen on
    /// the same order), and only the newest decides what the shopper is asked to do.
    /// </summary>
    public OrderPayment? LatestPayment => Payments.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.IdempotencyKey.Length).FirstOrDefault();
}
