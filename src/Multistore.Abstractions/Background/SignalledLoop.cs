namespace Multistore.Background;

/// <summary>
/// A shell's background loop: runs a round, then sleeps until <see cref="Signal"/> or until the wait the round
/// returned, over and over, until it is disposed with its shell. Rounds never overlap; a signal during a round
/// starts the next one as soon as it ends. The round handles (and logs) its own failures.
/// </summary>
public sealed class SignalledLoop(Func<CancellationToken, Task<TimeSpan>> round) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly Lock _lock = new();
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

    /// <summary>Runs the next round now instead of after the wait.</summary>
    public void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one round covers every change up to then.
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
            var wait = await round(stopping);
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
