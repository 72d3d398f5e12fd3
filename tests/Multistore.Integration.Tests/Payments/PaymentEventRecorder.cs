using System.Collections.Concurrent;
using Multistore.Commerce;
using Multistore.Events;

namespace Multistore.Integration.Tests.Payments;

/// <summary>Keeps every PaymentStatusChanged of every test tenant; tests pick theirs by order id, unique per test.</summary>
public sealed class PaymentEventRecorder : IEventSubscriber<PaymentStatusChanged>
{
    private static readonly ConcurrentQueue<PaymentStatusChanged> Published = new();

    public Task HandleAsync(PaymentStatusChanged @event, CancellationToken cancellationToken)
    {
        Published.Enqueue(@event);
        return Task.CompletedTask;
    }

    public static IReadOnlyList<PaymentStatus> For(Guid orderId) => [.. Published.Where(e => e.OrderId == orderId).Select(e => e.Status)];

    public static IReadOnlyList<PaymentStatusChanged> EventsFor(Guid orderId) => [.. Published.Where(e => e.OrderId == orderId)];
}
