using Multistore.Background;
using Multistore.Events;
using Multistore.Pricing.Events;

namespace Multistore.Pricing.Scheduling;

/// <summary>
/// Wakes the store's <see cref="ScheduledPriceWatcher"/> on every node when a price is saved here: it may be a schedule
/// starting soon, which each node announces to its own shoppers.
/// </summary>
public sealed class PriceSavedSignal(IBackgroundTaskSignal<ScheduledPriceWatcher> watcher) : IEventSubscriber<PriceChanged>
{
    public Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken)
    {
        watcher.SignalEveryNode();
        return Task.CompletedTask;
    }
}
