using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Events;

namespace Multistore.Inventory.Services;

/// <summary>
/// A background task of the shell: gives back stock held by checkouts that never finished, and tells other modules
/// (orders) which ones. It runs when the earliest active hold expires (a new hold made on this node wakes it to plan
/// again), so a store with no holds does no work; every <see cref="Interval"/> it looks anyway, for holds made on
/// another node of the farm whose own sweeper stopped with it.
/// </summary>
public sealed class ReservationSweeper(IServiceScopeFactory scopes) : IShellBackgroundTask
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(Interval) with { OnOneNode = true };

    public string Name => "reservation-sweeper";

    public async Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken)
    {
        await SweepAsync(context.Services, context.Now.UtcDateTime, cancellationToken);
        if (await context.Services.GetRequiredService<IStockReservations>().NextExpiryAsync(cancellationToken) is { } next)
        {
            context.RunWhenDue(next);
        }
    }

    /// <summary>Releases the holds expired at <paramref name="nowUtc"/> and announces each (<see cref="StockReservationExpired"/>).</summary>
    public async Task SweepAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await SweepAsync(scope.ServiceProvider, nowUtc, cancellationToken);
    }

    private static async Task SweepAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var released = await services.GetRequiredService<IStockReservations>().ReleaseExpiredAsync(nowUtc, cancellationToken);
        var events = services.GetRequiredService<IEventPublisher>();
        foreach (var reference in released)
        {
            await events.PublishAsync(new StockReservationExpired(reference), cancellationToken);
        }
    }
}
