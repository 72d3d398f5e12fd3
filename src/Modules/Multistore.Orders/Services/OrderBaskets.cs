using Microsoft.EntityFrameworkCore;

namespace Multistore.Orders.Services;

internal sealed class OrderBaskets(OrdersDbContext db) : IOrderBaskets
{
    private const int MaxPage = 1000;
    private static readonly OrderStatus[] NotBought = [OrderStatus.Cancelled, OrderStatus.PaymentFailed];

    public async Task<OrderBasket?> FindAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.Id, o.CreatedUtc, Skus = o.Lines.Select(l => l.Sku).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return order is null ? null : new OrderBasket(order.Id, Utc(order.CreatedUtc), order.Skus);
    }

    public async Task<IReadOnlyList<OrderBasket>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.AsNoTracking().Where(o => !NotBought.Contains(o.Status))
            .OrderByDescending(o => o.CreatedUtc).ThenBy(o => o.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPage))
            .Select(o => new { o.Id, o.CreatedUtc, Skus = o.Lines.Select(l => l.Sku).ToList() })
            .ToListAsync(cancellationToken);
        return [.. orders.Select(o => new OrderBasket(o.Id, Utc(o.CreatedUtc), o.Skus))];
    }

    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
