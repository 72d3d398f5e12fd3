using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Multistore.Orders.Domain;
using Multistore.Orders.Services;

namespace Multistore.Orders.Admin;

/// <summary>Orders as staff look for them: by number or e-mail, by status, newest first, a page at a time.</summary>
internal sealed class OrderAdminQuery(OrdersDbContext db)
{
    public const int PageSize = 25;

    [SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower(); no .NET culture is involved.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "Translated to SQL lower(); no .NET culture is involved.")]
    public async Task<(IReadOnlyList<OrderRow> Rows, int Total)> ListAsync(string? search, OrderStatus? status, int page, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Numbers are upper case; e-mails are lowered in SQL (LIKE is case-sensitive on PostgreSQL), so both match either way.
            var term = search.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
            var number = $"%{term.ToUpperInvariant()}%";
            var email = $"%{term.ToLowerInvariant()}%";
            orders = orders.Where(o => EF.Functions.Like(o.Number, number) || EF.Functions.Like(o.Email.ToLower(), email));
        }

        if (status is { } wanted)
        {
            orders = orders.Where(o => o.Status == wanted);
        }

        var total = await orders.CountAsync(cancellationToken);
        var rows = await orders.OrderByDescending(o => o.CreatedUtc).ThenBy(o => o.Number)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(o => new OrderRow(o.Number, o.CreatedUtc, o.Email, o.Status, o.GrandTotal, o.RefundedTotal, o.Currency, o.PaymentMethodCode, o.Touchpoint))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>The whole order for its detail page: lines, payments, history, refunds and notes.</summary>
    public Task<Order?> GetAsync(string number, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.Payments).Include(o => o.Transitions).Include(o => o.Refunds).Include(o => o.Notes)
            .SingleOrDefaultAsync(o => o.Number == number, cancellationToken);
}
