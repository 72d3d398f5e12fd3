using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Background;

namespace Multistore.Pricing.Scheduling;

/// <summary>
/// One per running shell: wakes when the next scheduled price starts or ends (and at least every
/// <see cref="MaxWait"/>, to learn of schedules other nodes saved) and has <see cref="ScheduledPriceBoundaries"/>
/// announce what passed. A price saved on this node wakes it at once. Stops when the shell is disposed.
/// </summary>
public sealed class ScheduledPriceWatcher : IAsyncDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<ScheduledPriceWatcher> _logger;

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>A timer may fire a little early; waking just after the boundary avoids a second, empty round.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly SignalledLoop _loop;

    public ScheduledPriceWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPriceWatcher> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _loop = new SignalledLoop(RoundAsync);
    }

    public void EnsureStarted() => _loop.EnsureStarted();

    /// <summary>Checks again now: a schedule may have been saved with a boundary sooner than the one waited for.</summary>
    public void Signal() => _loop.Signal();

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task<TimeSpan> RoundAsync(CancellationToken stopping)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var now = _clock.GetUtcNow().UtcDateTime;
            var next = await scope.ServiceProvider.GetRequiredService<ScheduledPriceBoundaries>().AnnouncePassedAsync(now, stopping);
            if (next is { } at && at - now + Margin < MaxWait)
            {
                return at - now + Margin;
            }
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            _logger.LogError(exception, "Announcing scheduled prices that started or ended failed; trying again shortly.");
        }

        return MaxWait;
    }
}
