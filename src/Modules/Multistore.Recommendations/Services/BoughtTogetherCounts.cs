using Microsoft.EntityFrameworkCore;
using Multistore.Recommendations.Domain;

namespace Multistore.Recommendations.Services;

/// <summary>
/// The store's co-occurrence counts: how many orders held each product, and each pair of products. An order is
/// counted once, as it arrives or when the counts are rebuilt from all orders.
/// </summary>
internal sealed class BoughtTogetherCounts(RecommendationsDbContext db, TimeProvider time)
{
    /// <summary>A pair seen in a single order is one shopper's choice, not a pattern: it is recommended from the second.</summary>
    public const int MinimumOrders = 2;

    /// <summary>An order with more products counts pairs among its first ones only (pairs grow with the square).</summary>
    public const int MaxProductsPerOrder = 20;

    private const int Attempts = 3;

    /// <summary>Counts one order's products; false when the order was counted already.</summary>
    public async Task<bool> CountAsync(Guid orderId, IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var products = Distinct(productIds);
        for (var attempt = 1; ; attempt++)
        {
            if (await db.CountedOrders.AnyAsync(c => c.OrderId == orderId, cancellationToken))
            {
                return false;
            }

            try
            {
                await CountOnceAsync(orderId, products, cancellationToken);
                return true;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another order counted the same new product or pair at the same moment: count again over its rows.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Products most often in the same orders as <paramref name="productIds"/> (in at least <see cref="MinimumOrders"/>), none of them.</summary>
    public async Task<IReadOnlyList<Guid>> TogetherWithAsync(IReadOnlyCollection<Guid> productIds, int take, CancellationToken cancellationToken)
    {
        var ids = productIds.ToList();
        var rows = await db.Pairs.AsNoTracking()
            .Where(p => ids.Contains(p.ProductId) && !ids.Contains(p.OtherProductId) && p.Orders >= MinimumOrders)
            .GroupBy(p => p.OtherProductId)
            .Select(g => new { ProductId = g.Key, Orders = g.Sum(p => p.Orders) })
            .OrderByDescending(r => r.Orders).ThenBy(r => r.ProductId)
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ProductId)];
    }

    /// <summary>The products in the most orders.</summary>
    public async Task<IReadOnlyList<Guid>> BestSellersAsync(int take, CancellationToken cancellationToken) =>
        await db.ProductOrders.AsNoTracking().OrderByDescending(p => p.Orders).ThenBy(p => p.ProductId)
            .Take(take).Select(p => p.ProductId).ToListAsync(cancellationToken);

    /// <summary>When the counts were last rebuilt from the orders, if ever.</summary>
    public async Task<DateTime?> LastRebuildAsync(CancellationToken cancellationToken) =>
        (await db.Checkpoints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == RebuildCheckpoint.BoughtTogether, cancellationToken))?.RebuiltUtc;

    /// <summary>
    /// Replaces every count with those of <paramref name="baskets"/> (order id and its products), in one transaction.
    /// False when another rebuild of the same orders (another node, or the shell that is taking over) wrote first.
    /// </summary>
    public async Task<bool> ReplaceAsync(IReadOnlyList<(Guid OrderId, IReadOnlyCollection<Guid> Products)> baskets, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var products = new Dictionary<Guid, int>();
        var pairs = new Dictionary<(Guid, Guid), int>();
        foreach (var (_, basket) in baskets)
        {
            var distinct = Distinct(basket);
            foreach (var product in distinct)
            {
                products[product] = products.GetValueOrDefault(product) + 1;
            }

            foreach (var pair in Pairs(distinct))
            {
                pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Pairs.ExecuteDeleteAsync(cancellationToken);
        await db.ProductOrders.ExecuteDeleteAsync(cancellationToken);
        await db.CountedOrders.ExecuteDeleteAsync(cancellationToken);
        await db.Checkpoints.ExecuteDeleteAsync(cancellationToken);
        db.Pairs.AddRange(pairs.Select(p => new BoughtTogetherPair { ProductId = p.Key.Item1, OtherProductId = p.Key.Item2, Orders = p.Value }));
        db.ProductOrders.AddRange(products.Select(p => new ProductOrderCount { ProductId = p.Key, Orders = p.Value }));
        db.CountedOrders.AddRange(baskets.Select(b => b.OrderId).Distinct().Select(id => new CountedOrder { OrderId = id, CountedUtc = now }));
        db.Checkpoints.Add(new RebuildCheckpoint { RebuiltUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task CountOnceAsync(Guid orderId, IReadOnlyList<Guid> products, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CountedOrders.Add(new CountedOrder { OrderId = orderId, CountedUtc = time.GetUtcNow().UtcDateTime });
        foreach (var product in products)
        {
            var updated = await db.ProductOrders.Where(p => p.ProductId == product)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Orders, p => p.Orders + 1), cancellationToken);
            if (updated == 0)
            {
                db.ProductOrders.Add(new ProductOrderCount { ProductId = product, Orders = 1 });
            }
        }

        foreach (var (product, other) in Pairs(products))
        {
            var updated = await db.Pairs.Where(p => p.ProductId == product && p.OtherProductId == other)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Orders, p => p.Orders + 1), cancellationToken);
            if (updated == 0)
            {
                db.Pairs.Add(new BoughtTogetherPair { ProductId = product, OtherProductId = other, Orders = 1 });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static List<Guid> Distinct(IEnumerable<Guid> products) => [.. products.Distinct().Take(MaxProductsPerOrder)];

    private static IEnumerable<(Guid, Guid)> Pairs(IReadOnlyList<Guid> products) =>
        from a in products from b in products where a != b select (a, b);
}
