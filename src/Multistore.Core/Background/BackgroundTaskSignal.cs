namespace Multistore.Background;

/// <summary>
/// One task's signal in one shell, a singleton of the shell's container. It holds at most one pending signal: any
/// number of signals before the next round starts cost that one round.
/// </summary>
internal sealed class BackgroundTaskSignal<TTask> : IBackgroundTaskSignal<TTask>, IBackgroundTaskWakeup, IDisposable
    where TTask : IShellBackgroundTask
{
    private readonly SemaphoreSlim _signalled = new(0, 1);

    public void Signal()
    {
        try
        {
            _signalled.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the next round covers this one too.
        }
        catch (ObjectDisposedException)
        {
            // A request still inside a released shell: its tasks have stopped; the next shell's first round catches up.
        }
    }

    public void Clear() => _signalled.Wait(0);

    public Task WaitAsync(CancellationToken cancellationToken) => _signalled.WaitAsync(cancellationToken);

    public void Dispose() => _signalled.Dispose();
}
