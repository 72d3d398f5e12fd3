using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Background;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// A background task of the shell: an order whose card payment failed, or was never confirmed, keeps its items for
/// the checkout's hold (<see cref="CheckoutSettings.ReservationMinutes"/>) counted from its last change, so the
/// shopper can retry or pay another way; after that it is cancelled, which puts its stock back on sale.
/// </summary>
public sealed class UnpaidOrderSweeper(IServiceScopeFactory scopes) : IShellBackgroundTask
{
    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(TimeSpan.FromMinutes(1)) with { OnOneNode = true };

    public string Name => "unpaid-order-sweeper";

    public Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken) =>
        SweepAsync(context.Now.UtcDateTime, cancellationToken);

    /// <summary>Cancels the orders left unpaid longer than the hold at <paramref name="nowUtc"/>; returns their numbers.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var hold = TimeSpan.FromMinutes(Math.Max(1, scope.ServiceProvider.GetRequiredService<IOptions<CheckoutSettings>>().Value.ReservationMinutes));
        return await scope.ServiceProvider.GetRequiredService<IAbandonedPayments>().CancelUnpaidSinceAsync(nowUtc - hold, cancellationToken);
    }
}
