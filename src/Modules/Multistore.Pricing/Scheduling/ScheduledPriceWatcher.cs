using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Multistore.Pricing.Scheduling;

/// <summary>
/// One per running shell: wakes when the next scheduled price starts or ends (and at least every
/// <see cref="MaxWait"/>, to learn of schedules other nodes saved) and has <see cref="ScheduledPriceBoundaries"/>
/// announce what passed. A price saved on this node wakes it at once. Stops when the shell is disposed.
/// </summary>
public sealed class ScheduledPriceWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPriceWatcher> logger) : IAsyncDisposable
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>A timer may fire a little early; waking just after the boundary avoids a second, empty round.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly System.Threading.Lock _lock = new();
    private Task? _loop;

    public void EnsureStarted()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_lock)
        {
            _loop ??= Task.Run(() => RunAsync(_stopping.Token));
        }
    }

    /// <summary>Checks again now: a schedule may have been saved with a boundary sooner than the one waited for.</summary>
    public void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one check covers every change up to then.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stopping.Dispose();
        _signal.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var wait = MaxWait;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var now = clock.GetUtcNow().UtcDateTime;
                var next = await scope.ServiceProvider.GetRequiredService<ScheduledPriceBoundaries>().AnnouncePassedAsync(now, stopping);
                if (next is { } at && at - now + Margin < MaxWait)
                {
                    wait = at - now + Margin;
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                logger.LogError(exception, "Announcing scheduled prices that started or ended failed; trying again shortly.");
            }

            try
            {
                await _signal.WaitAsync(wait, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
