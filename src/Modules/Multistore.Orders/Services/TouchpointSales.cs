using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// Orders placed through one touchpoint in a period and the revenue they brought: cancelled, failed and refunded
/// amounts left out, and only orders in the currency asked for.
/// </summary>
public sealed record TouchpointSales(string Touchpoint, int Orders, Money Revenue);
