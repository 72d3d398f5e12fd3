using Multistore.Events;
using Multistore.Inventory.Services;

namespace Multistore.Feeds.Services;

/// <summary>A stock change makes every feed of the store new: availability is in each item.</summary>
public sealed class StockChangeCounter(FeedVersion version) : IEventSubscriber<StockChanged>
{
    public Task HandleAsync(StockChanged @event, CancellationToken cancellationToken)
    {
        version.StockChanged();
        return Task.CompletedTask;
    }
}
