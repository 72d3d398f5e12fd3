using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>An order as the shopper, the API and the admin see it.</summary>
public sealed record OrderView(
    Guid Id,
    string Number,
    string Status,
    DateTime CreatedUtc,
    string Email,
    string? CustomerId,
    string Touchpoint,
    string Culture,
    IReadOnlyList<OrderLineView> Lines,
    OrderTotals Totals,
    Address ShippingAddress,
    Address BillingAddress,
    string ShippingMethod,
    string PaymentMethod,
    OrderPaymentView? Payment,
    IReadOnlyList<OrderHistoryEntry> History,
    IReadOnlyList<OrderRefundView> Refunds,
    IReadOnlyList<OrderNoteView> Notes)
{
    /// <summary>The shipping method's code (<see cref="ShippingMethod"/> is its name): <c>pickup:{location}</c> for a pickup at a store.</summary>
    public string ShippingMethodCode { get; init; } = "";
}

/// <summary>A line; <see cref="LineTotal"/> is after its share of the coupon (<see cref="Discount"/>), <see cref="BeforeDiscount"/> before it.</summary>
public sealed record OrderLineView(string Sku, string Name, int Quantity, Money UnitPrice, Money Discount, Money LineTotal, Money Tax)
{
    public Money BeforeDiscount => LineTotal + Discount;

    /// <summary>How many of <see cref="Quantity"/> were not in stock when ordered and ship on backorder (0: all from stock).</summary>
    public int Backordered { get; init; }
}

public sealed record OrderTotals(Money Items, Money Discount, Money Shipping, Money PaymentFee, Money Tax, bool TaxIncluded, Money Grand, Money Refunded);

/// <summary><see cref="NextAction"/> is what the touchpoint must do next (a Stripe client secret, transfer instructions).</summary>
public sealed record OrderPaymentView(string Provider, string Status, Money Amount, IReadOnlyDictionary<string, string> NextAction, string? Error);

public sealed record OrderHistoryEntry(string? From, string To, string By, string? Note, DateTime AtUtc);

public sealed record OrderRefundView(Money Amount, string Reason, string Status, string By, DateTime AtUtc, string? Error);

public sealed record OrderNoteView(string Author, string Text, DateTime AtUtc);
