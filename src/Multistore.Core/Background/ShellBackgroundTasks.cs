using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Background;

/// <summary>
/// A shell's background tasks: one <see cref="BackgroundTaskLoop"/> per registered task, started together when the
/// shell is built, told to stop when it is released, and awaited before its container is disposed, so no round
/// outlives its shell or touches a disposed container. The loops start without the caller's execution context: the
/// request that happened to build the shell (its log scope, its trace) is not theirs.
/// </summary>
internal sealed class ShellBackgroundTasks : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _loops;
    private Task? _cancelling;

    private ShellBackgroundTasks(string tenant, IServiceProvider services, TimeProvider clock)
    {
        var token = _stopping.Token;
        using (ExecutionContext.SuppressFlow())
        {
            _loops = [.. services.GetServices<BackgroundTaskRegistration>()
                .Select(registration => new BackgroundTaskLoop(tenant, registration, services, clock))
                .Select(loop => Task.Run(() => loop.RunAsync(token), CancellationToken.None))];
        }
    }

    public int Count => _loops.Length;

    public static ShellBackgroundTasks Start(string tenant, IServiceProvider services, TimeProvider clock) => new(tenant, services, clock);

    /// <summary>Asks every task to stop without waiting for it (a release must not block the request that caused it).</summary>
    public void Stop()
    {
        lock (_loops)
        {
            // CancelAsync: a task's cancellation callbacks run on the thread pool, not on the caller's thread.
            _cancelling ??= _stopping.CancelAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        await _cancelling!.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Task.WhenAll(_loops).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }
}
