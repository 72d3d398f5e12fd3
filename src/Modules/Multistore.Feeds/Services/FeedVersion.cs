using Multistore.Catalog.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// What a feed's ETag and Last-Modified are made of: the catalog's change log (products, texts, images, categories and
/// prices, scheduled prices included, all append to it), the stock changes this shell has seen, and an id of this
/// shell. The shell's id is there because the stock count starts again with every shell, and a shell is built again
/// whenever settings that shape a feed (currency, cultures, features) change: a new shell never answers 304 to a tag
/// of an old one. Last-Modified is when this shell first saw the current state (the shell's start at first), never
/// earlier than the truth. One per shell (a singleton of the tenant's container).
/// </summary>
public sealed class FeedVersion(TimeProvider clock)
{
    private readonly string _shell = Guid.NewGuid().ToString("N")[..12];
    private readonly Lock _gate = new();
    private long _stockChanges;
    private (long Catalog, long Stock) _seen = (-1, -1);
    private DateTimeOffset _since = Truncated(clock.GetUtcNow());

    /// <summary>Counts a stock change (the Inventory integration calls it on <c>StockChanged</c>).</summary>
    public void StockChanged() => Interlocked.Increment(ref _stockChanges);

    public async Task<FeedStamp> CurrentAsync(ICatalogFeed catalog, string variant, CancellationToken cancellationToken)
    {
        var state = (Catalog: await catalog.LatestSequenceAsync(cancellationToken), Stock: Interlocked.Read(ref _stockChanges));
        lock (_gate)
        {
            if (_seen != state)
            {
                if (_seen.Catalog >= 0)
                {
                    _since = Truncated(clock.GetUtcNow());
                }

                _seen = state;
            }

            return new FeedStamp($"\"{_shell}-{state.Catalog}-{state.Stock}-{variant.ToLowerInvariant()}\"", _since);
        }
    }

    // HTTP dates have whole seconds; a finer value would never match If-Modified-Since.
    private static DateTimeOffset Truncated(DateTimeOffset value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
