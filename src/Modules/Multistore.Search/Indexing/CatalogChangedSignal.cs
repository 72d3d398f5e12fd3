using Multistore.Background;
using Multistore.Catalog.Events;
using Multistore.Events;

namespace Multistore.Search.Indexing;

/// <summary>
/// Wakes the store's indexers as soon as the catalog logs a change, this node's and (through the farm's change channel)
/// every other node's, so a saved product is findable within a second on each.
/// </summary>
public sealed class CatalogChangedSignal(IBackgroundTaskSignal<SearchIndexer> indexer) : IEventSubscriber<CatalogChanged>
{
    public Task HandleAsync(CatalogChanged @event, CancellationToken cancellationToken)
    {
        indexer.SignalEveryNode();
        return Task.CompletedTask;
    }
}
