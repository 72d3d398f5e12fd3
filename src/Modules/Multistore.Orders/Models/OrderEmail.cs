using Multistore.Orders.Services;

namespace Multistore.Orders.Models;

/// <summary>The confirmation e-mail's model: the order, what its shopper reads about it (<see cref="Confirmation"/>), the store's name.</summary>
public sealed record OrderEmail(OrderView Order, OrderConfirmation Confirmation, string StoreName);
