using Multistore.Background;
using Multistore.Events;
using Multistore.Pricing.Events;

namespace Multistore.Pricing.Scheduling;

/// <summary>Wakes this node's <see cref="ScheduledPriceWatcher"/> when a price is saved here: it may be a schedule starting soon.</summary>
public sealed class PriceSavedSignal(IBackgroundTaskSignal<ScheduledPriceWatcher> watcher) : IEventSubscriber<PriceChanged>
{
    public Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken)
    {
        watcher.Signal();
        return Task.CompletedTask;
    }
}
