using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// Brings a written order as far as it can go: stock committed, payment started, cart closed, the order announced.
/// Safe to call any number of times: a retried checkout resumes here.
/// </summary>
public sealed class OrderCompletion(IStockReservations stock, IOrderPlacement placement, ICartService carts, IEventPublisher events, BusinessStanding standing)
{
    public async Task<PlaceOrderResult> ResumeAsync(PlacedOrder order, PlaceOrderRequest request, bool created, CancellationToken cancellationToken)
    {
        if (order.Payment is null && (!order.IsPending || !await stock.CommitAsync(order.ReservationReference, cancellationToken)))
        {
            // The hold lapsed before payment started: the sweeper cancels (or has cancelled) the order.
            return Result(order, created);
        }

        var customer = new PaymentCustomer(request.CustomerId is not null, await standing.IsBusinessAsync(request.CustomerId, cancellationToken));
        var paying = await placement.StartPaymentAsync(order.Id, customer, cancellationToken);
        if (created)
        {
            await carts.MarkCheckedOutAsync(request.CartId, cancellationToken);
            await events.PublishAsync(new OrderPlaced(order.Id, order.Number), cancellationToken);
        }

        return Result(paying, created);
    }

    private static PlaceOrderResult Result(PlacedOrder order, bool created)
    {
        var outcome = order.Payment is not { } payment
            ? new PaymentOutcome(order.PaymentMethodCode, "NotStarted", new Dictionary<string, string>(), "The checkout expired before payment started. Please place the order again.")
            : new PaymentOutcome(payment.Provider, payment.Status, payment.NextAction, payment.Error);
        return new PlaceOrderResult(order.Number, order.Status, order.GrandTotal, order.AccessToken, outcome, !created);
    }
}
