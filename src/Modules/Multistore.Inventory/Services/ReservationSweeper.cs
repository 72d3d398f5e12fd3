using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Events;

namespace Multistore.Inventory.Services;

/// <summary>
/// A background task of the shell: every <see cref="Interval"/> gives back stock held by checkouts that never
/// finished and tells other modules (orders) which ones.
/// </summary>
public sealed class ReservationSweeper(IServiceScopeFactory scopes) : IShellBackgroundTask
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(Interval) with { OnOneNode = true };

    public string Name => "reservation-sweeper";

    public Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken) =>
        SweepAsync(context.Now.UtcDateTime, cancellationToken);

    /// <summary>Releases the holds expired at <paramref name="nowUtc"/> and announces each (<see cref="StockReservationExpired"/>).</summary>
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
}
