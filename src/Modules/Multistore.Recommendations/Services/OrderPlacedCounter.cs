using Multistore.Events;
using Multistore.Orders.Services;

namespace Multistore.Recommendations.Services;

/// <summary>Counts a new order's products as soon as it is placed, so "bought together" follows the orders as they arrive.</summary>
internal sealed class OrderPlacedCounter(IOrderBaskets baskets, SkuProducts products, BoughtTogetherCounts counts) : IEventSubscriber<OrderPlaced>
{
    public async Task HandleAsync(OrderPlaced @event, CancellationToken cancellationToken)
    {
        if (await baskets.FindAsync(@event.OrderId, cancellationToken) is not { } basket)
        {
            return;
        }

        await counts.CountAsync(basket.OrderId, await products.ProductsOfAsync(basket.Skus, cancellationToken), cancellationToken);
    }
}
