using Multistore.Background;
using Multistore.Catalog.Events;
using Multistore.Events;

namespace Multistore.Search.Indexing;

/// <summary>Wakes this node's indexer as soon as the catalog logs a change, so a saved product is findable within a second.</summary>
public sealed class CatalogChangedSignal(IBackgroundTaskSignal<SearchIndexer> indexer) : IEventSubscriber<CatalogChanged>
{
    public Task HandleAsync(CatalogChanged @event, CancellationToken cancellationToken)
    {
        indexer.Signal();
        return Task.CompletedTask;
    }
}
