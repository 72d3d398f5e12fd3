using Multistore.Orders.Services;

namespace Multistore.Orders.Models;

public sealed record OrderEmail(OrderView Order, string StoreName);
