namespace Multistore.Orders.Admin.Dashboard;

/// <summary>Orders and revenue of a run of days; the average order is revenue over orders (none without orders).</summary>
public sealed record SalesTotals(int Orders, decimal Revenue)
{
    public decimal? AverageOrder => Orders == 0 ? null : Revenue / Orders;
}
