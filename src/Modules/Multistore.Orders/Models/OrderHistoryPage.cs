using Multistore.Orders.Services;

namespace Multistore.Orders.Models;

public sealed record OrderHistoryPage(bool SignedIn, IReadOnlyList<OrderSummary> Orders);
