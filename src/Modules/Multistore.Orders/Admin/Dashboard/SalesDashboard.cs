using Microsoft.Extensions.Options;
using Multistore.Admin.Dashboard;
using Multistore.Orders.Services;
using Multistore.Settings;

namespace Multistore.Orders.Admin.Dashboard;

/// <summary>
/// What the dashboard's sales sections show, read through <see cref="IOrderQueries"/> with days cut in the store's time
/// zone: one grouped query for the days, one for the best sellers, one for the orders waiting.
/// </summary>
public sealed class SalesDashboard(IOrderQueries orders, StoreCalendar calendar, IOptions<SiteSettings> site)
{
    public const int Days = 30;
    public const int TopCount = 5;

    private StoreDays? _days;

    public StoreDays Calendar => _days ??= calendar.LastDays(Days);

    public string Currency => site.Value.Currency;

    public async Task<SalesOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var sales = await orders.SalesPerPeriodAsync(Calendar.EdgesUtc, Currency, cancellationToken);
        var days = Calendar.Days.Select((date, i) => new SalesDay(date, [.. sales.Where(s => s.Period == i)])).ToList();
        return new SalesOverview(days, Currency);
    }

    public Task<TopProducts> TopProductsAsync(CancellationToken cancellationToken) =>
        orders.TopProductsAsync((Calendar.FromUtc, Calendar.ToUtc), Currency, TopCount, cancellationToken);

    public Task<IReadOnlyList<WaitingOrders>> WaitingAsync(CancellationToken cancellationToken) => orders.WaitingAsync(cancellationToken);
}
