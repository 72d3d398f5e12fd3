using Multistore.Orders.Services;

namespace Multistore.Orders.Admin;

/// <summary>An order in the admin list.</summary>
public sealed record OrderRow(string Number, DateTime CreatedUtc, string Email, OrderStatus Status, decimal GrandTotal, decimal RefundedTotal, string Currency, string PaymentMethod, string Touchpoint);
