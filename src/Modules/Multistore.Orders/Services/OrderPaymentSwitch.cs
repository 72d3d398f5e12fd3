using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <inheritdoc cref="IOrderPaymentChoice"/>
/// <remarks>
/// The order's total is what the shopper agreed to, so only methods with the same fee are offered: a method with
/// another fee would change the total (and its tax) after the fact. The old card attempt stays on record; if the bank
/// still confirms it later, the order is paid by it (the newest attempt decides what is asked, any success pays).
/// </remarks>
internal sealed class OrderPaymentSwitch(OrdersDbContext db, PaymentProviders providers, OrderPayments payments, OrderLifecycle lifecycle, IEventPublisher events) : IOrderPaymentChoice
{
    public const string Field = "paymentMethod";

    // The refusals are sentences of their own (PO keys), so every touchpoint can show them in the shopper's language.
    public const string NotFound = "The order was not found.";
    public const string Settled = "The payment of this order can no longer be changed.";
    public const string NotOffered = "This payment method cannot be chosen for this order.";

    public async Task<IReadOnlyList<PaymentMethod>> AlternativesAsync(Guid orderId, PaymentCustomer customer, CancellationToken cancellationToken) =>
        await LoadAsync(orderId, cancellationToken) is { } order && Changeable(order) ? Offers(order, customer) : [];

    public async Task<PlacedOrder> SwitchAsync(Guid orderId, string methodCode, PaymentCustomer customer, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(orderId, cancellationToken)
            ?? throw new OrderTransitionException(Field, NotFound);
        if (!Changeable(order))
        {
            throw new OrderTransitionException(Field, Settled);
        }

        var method = Offers(order, customer).FirstOrDefault(m => string.Equals(m.Code, methodCode?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new OrderTransitionException(Field, NotOffered);

        order.PaymentMethodCode = method.Code;
        if (order.Status == OrderStatus.PaymentFailed)
        {
            if (!await lifecycle.TryMoveAsync(order, OrderStatus.Pending, "shopper", $"Payment method changed to {method.Code}.", cancellationToken))
            {
                throw new OrderTransitionException(Field, Settled);
            }
        }
        else
        {
            // The status stays Pending: a note, not a transition to itself, records the change.
            db.Notes.Add(new OrderNote { OrderId = order.Id, Author = "shopper", Text = $"Payment method changed to {method.Code}." });
        }

        await db.SaveChangesAsync(cancellationToken);
        var payment = await payments.StartAsync(order, customer.IsSignedIn, customer.IsBusiness, cancellationToken);
        await events.PublishAsync(new OrderPaymentMethodChanged(order.Id, order.Number, method.Code), cancellationToken);
        return OrderPlacement.Placed(order, payment);
    }

    /// <summary>
    /// Open to change while nothing was paid: the card payment failed, or waits for a shopper who has not confirmed it.
    /// A chosen offline method is settled by staff and is not changed from the storefront.
    /// </summary>
    private static bool Changeable(Order order) =>
        order.Status == OrderStatus.PaymentFailed
        || order.Status == OrderStatus.Pending && order.LatestPayment is { Status: PaymentStatus.Pending or PaymentStatus.Failed } latest
            && latest.NextActionJson.Contains("client_secret", StringComparison.Ordinal);

    private IReadOnlyList<PaymentMethod> Offers(Order order, PaymentCustomer customer)
    {
        var total = new Money(order.GrandTotal, order.Currency);
        var fee = new Money(order.PaymentFee, order.Currency);
        return [.. providers.All
            .Where(p => !string.Equals(p.Code, order.PaymentMethodCode, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Offer(total, customer.IsSignedIn, customer.IsBusiness))
            .OfType<PaymentMethod>()
            .Where(m => (m.Fee ?? Money.Zero(order.Currency)).Amount == fee.Amount)];
    }

    private Task<Order?> LoadAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Payments).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
}
