using Lucene.Net.Store;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Caching;
using Multistore.Catalog.Services;

namespace Multistore.Search.Indexing;

/// <summary>
/// Keeps this node's indexes of the tenant in step with the catalog's change log: a background task of the shell
/// that runs when the catalog says it changed, on this node or another node of the farm (<see cref="CatalogChangedSignal"/>),
/// or every <see cref="CatchUpInterval"/> (a message the channel lost), reads the log from the index's own checkpoint and
/// re-indexes the products it names. A node that was down resumes from its checkpoint; an index that does not exist
/// yet, or was written in an older document format, is built from scratch. A failing round rolls back what it wrote
/// and is retried by the engine, which backs off while it keeps failing.
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, TenantSearchIndex index, IBackgroundTaskSignal<SearchIndexer> signal) : IShellBackgroundTask
{
    /// <summary>
    /// A safety net, not the way changes arrive: a poll every second kept one database connection open per active store
    /// for ever (a PostgreSQL server shared by hundreds of stores ran out of connections), and a poll every minute had a
    /// node of a thousand idle stores open a connection for one of them every few milliseconds.
    /// </summary>
    public static readonly TimeSpan CatchUpInterval = TimeSpan.FromMinutes(10);
    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(CatchUpInterval);
    private const int BatchSize = 500;

    private volatile RebuildProgress? _requestedRebuild;

    public string Name => "search-indexer";

    public RebuildProgress? LastRebuild { get; private set; }

    public RebuildProgress RequestRebuild()
    {
        var progress = new RebuildProgress();
        _requestedRebuild = progress;
        LastRebuild = progress;
        signal.Signal();
        return progress;
    }

    public async Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken)
    {
        try
        {
            await CatchUpAsync(cancellationToken);
        }
        catch (LockObtainFailedException)
        {
            // The previous shell of this tenant is still closing its writer; the next poll tries again.
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            index.RollbackAll();
            throw;
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var rebuild = _requestedRebuild;
        var cultures = index.All.ToList();
        if (rebuild is not null || cultures.Any(c => !c.Exists || !c.IsCurrentFormat))
        {
            await RebuildAsync(cultures, rebuild ?? new RebuildProgress(), cancellationToken);
            _requestedRebuild = ReferenceEquals(_requestedRebuild, rebuild) ? null : _requestedRebuild;
            return;
        }

        var checkpoint = cultures.Min(c => c.Checkpoint());
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var feed = scope.ServiceProvider.GetRequiredService<ICatalogFeed>();
            var changes = await feed.ReadChangesAsync(checkpoint, BatchSize, cancellationToken);
            if (changes.Count == 0)
            {
                return;
            }

            var affected = await feed.AffectedProductsAsync(changes, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ProductIndexWriter>().WriteAsync(affected, cancellationToken);
            checkpoint = changes[^1].Sequence;
            cultures.ForEach(c => c.Commit(checkpoint));
            await EvictListingsAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    /// <summary>
    /// The catalog change evicted every page when it was saved, but a category page rendered before this commit listed
    /// the old index and was kept: drop the listings now that the index shows the change (on this node, the farm's
    /// others, and the CDN, through the store's page cache).
    /// </summary>
    private static async Task EvictListingsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<IOutputCacheStore>() is { } pages)
        {
            await pages.EvictByTagAsync(PageCacheTags.Listings, cancellationToken);
        }
    }

    private async Task RebuildAsync(List<CultureIndex> cultures, RebuildProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var feed = scope.ServiceProvider.GetRequiredService<ICatalogFeed>();
            var latest = await feed.LatestSequenceAsync(cancellationToken);
            progress.Total = await feed.CountProductsAsync(cancellationToken);
            cultures.ForEach(c => c.DeleteAll());
            for (var skip = 0; skip < progress.Total; skip += BatchSize)
            {
                await using var batch = scopes.CreateAsyncScope();
                var ids = await batch.ServiceProvider.GetRequiredService<ICatalogFeed>().ProductIdsAsync(skip, BatchSize, cancellationToken);
                await batch.ServiceProvider.GetRequiredService<ProductIndexWriter>().WriteAsync(ids, cancellationToken);
                progress.Add(ids.Count);
            }

            // Changes made while rebuilding are after 'latest' and are applied on the next pass.
            cultures.ForEach(c => c.Commit(latest));
            await EvictListingsAsync(scope.ServiceProvider, cancellationToken);
            progress.Completed = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not LockObtainFailedException)
        {
            progress.Failure = exception.Message;
            progress.Completed = true;
            throw;
        }
    }
}
