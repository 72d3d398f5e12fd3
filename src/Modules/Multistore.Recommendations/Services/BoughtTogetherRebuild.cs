using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Orders.Services;

namespace Multistore.Recommendations.Services;

/// <summary>
/// A background task of the shell: recounts "bought together" and the best sellers from the store's most recent
/// orders (<see cref="MaxOrders"/>), which drops cancelled orders and products the catalog no longer has and mends a
/// count an event missed. Runs when the shell starts unless the last rebuild is younger than <see cref="Interval"/>.
/// </summary>
public sealed class BoughtTogetherRebuild : IShellBackgroundTask
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(Interval) with { OnOneNode = true };

    /// <summary>The newest orders counted by a rebuild; older ones stop counting (tastes change, and memory is bounded).</summary>
    public const int MaxOrders = 20_000;

    private const int PageSize = 1000;

    public string Name => "recommendations-rebuild";

    public async Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken)
    {
        var counts = context.Services.GetRequiredService<BoughtTogetherCounts>();
        var now = context.Now.UtcDateTime;
        if (await counts.LastRebuildAsync(cancellationToken) is { } last && now - last < Interval)
        {
            context.RunAgainAt(new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc) + Interval));
            return;
        }

        await RebuildAsync(context.Services, cancellationToken);
    }

    /// <summary>Recounts from the orders now.</summary>
    internal static async Task RebuildAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var orders = services.GetRequiredService<IOrderBaskets>();
        var products = services.GetRequiredService<SkuProducts>();
        var counts = services.GetRequiredService<BoughtTogetherCounts>();
        var baskets = new List<(Guid OrderId, IReadOnlyCollection<Guid> Products)>();
        for (var skip = 0; skip < MaxOrders; skip += PageSize)
        {
            var page = await ProductsOfAsync(await orders.ListAsync(skip, PageSize, cancellationToken), products, cancellationToken);
            baskets.AddRange(page);
            if (page.Count < PageSize)
            {
                break;
            }
        }

        await counts.ReplaceAsync(baskets, cancellationToken);

        // An order placed while the orders were read was counted by its event and then replaced away: count it again
        // (the newest orders come first; an order counted already is skipped).
        var read = baskets.Select(b => b.OrderId).ToHashSet();
        foreach (var (orderId, basket) in await ProductsOfAsync(await orders.ListAsync(0, PageSize, cancellationToken), products, cancellationToken))
        {
            if (!read.Contains(orderId))
            {
                await counts.CountAsync(orderId, basket, cancellationToken);
            }
        }
    }

    private static async Task<List<(Guid OrderId, IReadOnlyCollection<Guid> Products)>> ProductsOfAsync(IReadOnlyList<OrderBasket> page, SkuProducts products, CancellationToken cancellationToken)
    {
        var map = await products.OfAsync([.. page.SelectMany(b => b.Skus)], cancellationToken);
        return [.. page.Select(b => (b.OrderId, (IReadOnlyCollection<Guid>)[.. b.Skus.Where(map.ContainsKey).Select(s => map[s]).Distinct()]))];
    }
}
