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

    private Task<Figures>? _figures;

    // The sections render side by side and would each start a query on the request's one OrdersDbContext while another
    // is still running (PostgreSQL answers asynchronously: "a second operation was started on this context"), so the
    // first section to ask reads every figure, one query after another, and the others await the same read.
    public async Task<SalesOverview> OverviewAsync(CancellationToken cancellationToken) => (await FiguresAsync(cancellationToken)).Overview;

    public async Task<TopProducts> TopProductsAsync(CancellationToken cancellationToken) => (await FiguresAsync(cancellationToken)).Top;

    public async Task<IReadOnlyList<WaitingOrders>> WaitingAsync(CancellationToken cancellationToken) => (await FiguresAsync(cancellationToken)).Waiting;

    private Task<Figures> FiguresAsync(CancellationToken cancellationToken) => _figures ??= ReadAsync(cancellationToken);

    private async Task<Figures> ReadAsync(CancellationToken cancellationToken)
    {
        var sales = await orders.SalesPerPeriodAsync(Calendar.EdgesUtc, Currency, cancellationToken);
        var days = Calendar.Days.Select((date, i) => new SalesDay(date, [.. sales.Where(s => s.Period == i)])).ToList();
        var top = await orders.TopProductsAsync((Calendar.FromUtc, Calendar.ToUtc), Currency, TopCount, cancellationToken);
        var waiting = await orders.WaitingAsync(cancellationToken);
        return new Figures(new SalesOverview(days, Currency), top, waiting);
    }

    private sealed record Figures(SalesOverview Overview, TopProducts Top, IReadOnlyList<WaitingOrders> Waiting);
}
