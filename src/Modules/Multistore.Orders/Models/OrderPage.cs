using Multistore.Orders.Services;

namespace Multistore.Orders.Models;

public sealed record OrderPage(OrderView Order);
