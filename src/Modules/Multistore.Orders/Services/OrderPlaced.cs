namespace Multistore.Orders.Services;

/// <summary>Published once when checkout has placed an order and started its payment (the confirmation e-mail goes now when the payment was accepted offline).</summary>
public sealed record OrderPlaced(Guid OrderId, string Number);
