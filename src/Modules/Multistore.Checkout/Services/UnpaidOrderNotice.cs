using Multistore.Commerce;
using Multistore.Events;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>Tells this node's <see cref="UnpaidOrderSweeper"/> of an order placed or a payment changed here: either may leave an order awaiting the shopper's card.</summary>
public sealed class UnpaidOrderNotice(UnpaidOrderSweeper sweeper, TimeProvider clock) : IEventSubscriber<OrderPlaced>, IEventSubscriber<PaymentStatusChanged>
{
    public Task HandleAsync(OrderPlaced @event, CancellationToken cancellationToken)
    {
        sweeper.Noticed(clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task HandleAsync(PaymentStatusChanged @event, CancellationToken cancellationToken)
    {
        sweeper.Noticed(clock.GetUtcNow());
        return Task.CompletedTask;
    }
}
