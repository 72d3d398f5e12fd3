using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Events;

namespace Multistore.Inventory.Services;

/// <summary>
/// One per running shell: every <see cref="Interval"/> gives back stock held by checkouts that never finished
/// and tells other modules (orders) which ones. Stops when the shell is disposed.
/// </summary>
public sealed class ReservationSweeper(IServiceScopeFactory scopes, ILogger<ReservationSweeper> logger) : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public void Start() => _loop ??= Task.Run(RunAsync);

    public async Task SweepAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var released = await scope.ServiceProvider.GetRequiredService<IStockReservations>().ReleaseExpiredAsync(nowUtc, cancellationToken);
        var events = scope.ServiceProvider.GetRequiredService<IEventPublisher>();
        foreach (var reference in released)
        {
            await events.PublishAsync(new StockReservationExpired(reference), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                try
                {
                    await SweepAsync(DateTime.UtcNow, _stopping.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Releasing expired stock reservations failed; trying again next round.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The shell is going away.
        }
    }
}
