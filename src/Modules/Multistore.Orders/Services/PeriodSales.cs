using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// Orders that count as sales (not cancelled, failed or fully refunded; in the currency asked for) placed in period
/// <see cref="Period"/> through one touchpoint, and their revenue less refunds.
/// </summary>
public sealed record PeriodSales(int Period, string Touchpoint, int Orders, Money Revenue);
