using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Evicts cached pages at the moment a scheduled price they show starts or ends, which no event announces. A page
/// rendered with prices valid until T is tagged for T (<see cref="Tag"/>); a timer evicts that tag at T, so the
/// next request renders the new price. One timer per moment, dropped with the shell.
/// </summary>
public sealed class PriceBoundaryEviction(IOutputCacheStore store, TimeProvider clock, ILogger<PriceBoundaryEviction> logger) : IDisposable
{
    private readonly Dictionary<long, ITimer> _timers = [];
    private readonly Lock _lock = new();

    public static string TagFor(DateTime utc) => $"{StorefrontCachePolicy.Tag}:until:{utc.Ticks}";

    /// <summary>Schedules the eviction at <paramref name="utc"/> (once per moment) and returns the tag to put on the page.</summary>
    public string Schedule(DateTime utc)
    {
        lock (_lock)
        {
            if (!_timers.ContainsKey(utc.Ticks))
            {
                var due = utc - clock.GetUtcNow().UtcDateTime;
                _timers[utc.Ticks] = clock.CreateTimer(state => _ = EvictAsync(utc), null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        return TagFor(utc);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var timer in _timers.Values)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }
    }

    private async Task EvictAsync(DateTime utc)
    {
        lock (_lock)
        {
            if (_timers.Remove(utc.Ticks, out var timer))
            {
                timer.Dispose();
            }
        }

        try
        {
            await store.EvictByTagAsync(TagFor(utc), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "Evicting the pages of the scheduled price change at {Moment:O} failed", utc);
        }
    }
}
