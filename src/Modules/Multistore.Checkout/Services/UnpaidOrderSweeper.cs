using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Background;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// A background task of the shell: an order whose card payment failed, or was never confirmed, keeps its items for
/// the checkout's hold (<see cref="CheckoutSettings.ReservationMinutes"/>) counted from its last change, so the
/// shopper can retry or pay another way; after that it is cancelled, which puts its stock back on sale.
/// It runs when the oldest such order's hold ends, so a store whose orders are all paid does no work. An order placed
/// or a payment changed on this node is <see cref="Noticed"/>, which plans a round when its hold would end (the change
/// may not be saved yet when the round that plans runs); every <see cref="Interval"/> it looks anyway, for orders of
/// another node of the farm whose own sweeper stopped with it.
/// </summary>
public sealed class UnpaidOrderSweeper(IServiceScopeFactory scopes, IBackgroundTaskSignal<UnpaidOrderSweeper> signal) : IShellBackgroundTask
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(Interval) with { OnOneNode = true };

    private readonly Lock _gate = new();
    private DateTimeOffset? _noticed;

    public string Name => "unpaid-order-sweeper";

    /// <summary>An order may have started, or restarted, waiting for the shopper's card at <paramref name="at"/>.</summary>
    public void Noticed(DateTimeOffset at)
    {
        lock (_gate)
        {
            _noticed = _noticed is { } earlier && earlier < at ? earlier : at;
        }

        signal.Signal();
    }

    public async Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken)
    {
        DateTimeOffset? noticed;
        lock (_gate)
        {
            noticed = _noticed;
            _noticed = null;
        }

        var hold = Hold(context.Services);
        var payments = context.Services.GetRequiredService<IAbandonedPayments>();
        await payments.CancelUnpaidSinceAsync(context.Now.UtcDateTime - hold, cancellationToken);
        if (await payments.OldestUnpaidAsync(cancellationToken) is { } oldest)
        {
            context.RunWhenDue(oldest + hold);
        }

        if (noticed is { } changed && changed + hold > context.Now)
        {
            context.RunWhenDue(changed + hold);
        }
    }

    /// <summary>Cancels the orders left unpaid longer than the hold at <paramref name="nowUtc"/>; returns their numbers.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAbandonedPayments>().CancelUnpaidSinceAsync(nowUtc - Hold(scope.ServiceProvider), cancellationToken);
    }

    private static TimeSpan Hold(IServiceProvider services) =>
        TimeSpan.FromMinutes(Math.Max(1, services.GetRequiredService<IOptions<CheckoutSettings>>().Value.ReservationMinutes));
}
