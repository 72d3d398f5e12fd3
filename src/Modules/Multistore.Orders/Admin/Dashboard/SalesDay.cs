using Multistore.Orders.Services;

namespace Multistore.Orders.Admin.Dashboard;

/// <summary>One day of the store's calendar and its sales per touchpoint.</summary>
public sealed record SalesDay(DateOnly Date, IReadOnlyList<PeriodSales> Sales)
{
    public int Orders => Sales.Sum(s => s.Orders);

    public decimal Revenue => Sales.Sum(s => s.Revenue.Amount);

    public decimal RevenueOf(string touchpoint) => Sales.Where(s => s.Touchpoint == touchpoint).Sum(s => s.Revenue.Amount);

    public int OrdersOf(string touchpoint) => Sales.Where(s => s.Touchpoint == touchpoint).Sum(s => s.Orders);
}
