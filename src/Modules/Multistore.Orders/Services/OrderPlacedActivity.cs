using Multistore.Events;
using Multistore.Hosting;

namespace Multistore.Orders.Services;

/// <summary>
/// Tells the engine each order placed (<see cref="OrderPlaced"/>, published once per order: a retried checkout that
/// answers the same order publishes nothing), for the host's usage page and <c>/metrics</c>: orders per hour per store.
/// </summary>
internal sealed class OrderPlacedActivity(IStoreActivity activity) : IEventSubscriber<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced @event, CancellationToken cancellationToken)
    {
        activity.OrderPlaced();
        return Task.CompletedTask;
    }
}
