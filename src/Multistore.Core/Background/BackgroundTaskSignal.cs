using Multistore.Farm;

namespace Multistore.Background;

/// <summary>
/// One task's signal in one shell, a singleton of the shell's container. It holds at most one pending signal: any
/// number of signals before the next round starts cost that one round. A signal for every node is published on the
/// store's change channel by one sender at a time; signals given while it sends are sent once more after it, so the
/// other nodes always hear of the last one.
/// </summary>
internal sealed class BackgroundTaskSignal<TTask>(IStoreChangeBroadcast farm) : IBackgroundTaskSignal<TTask>, IBackgroundTaskWakeup, IDisposable
    where TTask : IShellBackgroundTask
{
    private readonly SemaphoreSlim _signalled = new(0, 1);
    private readonly Lock _sending = new();
    private bool _isSending;
    private bool _sendAgain;

    public void Signal()
    {
        if (_signalled.CurrentCount > 0)
        {
            // Already signalled; the next round covers this one too (Release would throw, costly on every saved product).
            return;
        }

        try
        {
            _signalled.Release();
        }
        catch (SemaphoreFullException)
        {
            // Signalled by another thread meanwhile.
        }
        catch (ObjectDisposedException)
        {
            // A request still inside a released shell: its tasks have stopped; the next shell's first round catches up.
        }
    }

    public void SignalEveryNode()
    {
        Signal();
        lock (_sending)
        {
            if (_isSending)
            {
                _sendAgain = true;
                return;
            }

            _isSending = true;
        }

        _ = SendAsync();
    }

    public void Wake() => Signal();

    public void Clear() => _signalled.Wait(0);

    public Task WaitAsync(CancellationToken cancellationToken) => _signalled.WaitAsync(cancellationToken);

    public void Dispose() => _signalled.Dispose();

    private async Task SendAsync()
    {
        var sendAgain = true;
        try
        {
            while (sendAgain)
            {
                // The broadcast logs a channel it cannot reach rather than throwing.
                await farm.PublishAsync(BackgroundTaskSignalFromOtherNodes.Kind, typeof(TTask).FullName!, CancellationToken.None);
                lock (_sending)
                {
                    sendAgain = _sendAgain;
                    _sendAgain = false;
                }
            }
        }
        finally
        {
            lock (_sending)
            {
                _isSending = false;
            }
        }
    }
}
