using System.Text.Json;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// Brings a written order as far as it can go: stock committed, payment started, cart closed, the order announced.
/// Safe to call any number of times: a retried checkout resumes here.
/// </summary>
public sealed class OrderCompletion(IStockReservations stock, OrderPayments payments, ICartService carts, IEventPublisher events, BusinessStanding standing)
{
    public async Task<PlaceOrderResult> ResumeAsync(Order order, PlaceOrderRequest request, bool created, CancellationToken cancellationToken)
    {
        if (order.Payments.Count == 0 && (order.Status != OrderStatus.Pending || !await stock.CommitAsync(order.ReservationReference, cancellationToken)))
        {
            // The hold lapsed before payment started: the sweeper cancels (or has cancelled) the order.
            return Result(order, created);
        }

        var payment = await payments.StartAsync(order, request.CustomerId is not null,
            await standing.IsBusinessAsync(request.CustomerId, cancellationToken), cancellationToken);
        if (created)
        {
            await carts.MarkCheckedOutAsync(request.CartId, cancellationToken);
            await events.PublishAsync(new OrderPlaced(order.Id, order.Number), cancellationToken);
        }

        return Result(order, created, payment);
    }

    private static PlaceOrderResult Result(Order order, bool created, OrderPayment? payment = null)
    {
        payment ??= order.Payments.FirstOrDefault();
        var outcome = payment is null
            ? new PaymentOutcome(order.PaymentMethodCode, "NotStarted", new Dictionary<string, string>(), "The checkout expired before payment started. Please place the order again.")
            : new PaymentOutcome(payment.ProviderCode, payment.Status.ToString(),
                JsonSerializer.Deserialize<Dictionary<string, string>>(payment.NextActionJson) ?? [], payment.Error);
        return new PlaceOrderResult(order.Number, order.Status.ToString(), new Money(order.GrandTotal, order.Currency), order.AccessToken, outcome, !created);
    }
}
