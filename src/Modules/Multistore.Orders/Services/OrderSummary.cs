using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>An order in a list (customer history, admin list).</summary>
public sealed record OrderSummary(Guid Id, string Number, string Status, DateTime CreatedUtc, string Email, Money Total, int ItemCount, string Touchpoint);
