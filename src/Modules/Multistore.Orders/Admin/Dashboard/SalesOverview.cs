using Multistore.Commerce;

namespace Multistore.Orders.Admin.Dashboard;

/// <summary>The last days' sales, oldest day first, in the store's currency; today is the last day.</summary>
public sealed record SalesOverview(IReadOnlyList<SalesDay> Days, string Currency)
{
    /// <summary>Web, app and kiosk always, then any other touchpoint that sold.</summary>
    public IReadOnlyList<string> Touchpoints =>
        [.. Multistore.Commerce.Touchpoints.All.Concat(Days.SelectMany(d => d.Sales).Select(s => s.Touchpoint)).Distinct()];

    public SalesTotals Today => Last(1);

    /// <summary>The last <paramref name="days"/> days, today included.</summary>
    public SalesTotals Last(int days)
    {
        var recent = Days.TakeLast(days).ToList();
        return new SalesTotals(recent.Sum(d => d.Orders), recent.Sum(d => d.Revenue));
    }

    public SalesTotals For(string touchpoint) => new(Days.Sum(d => d.OrdersOf(touchpoint)), Days.Sum(d => d.RevenueOf(touchpoint)));

    public Money Money(decimal amount) => new(amount, Currency);
}
