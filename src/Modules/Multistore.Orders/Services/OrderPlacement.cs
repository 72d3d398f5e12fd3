using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Writes a new order once per idempotency key (a second writer with the same key gets the first order back) and
/// starts its payment through <see cref="OrderPayments"/>; answers <see cref="IOrderPlacement"/> with records, so
/// the placer never holds an <see cref="Order"/>.
/// </summary>
internal sealed class OrderPlacement(OrdersDbContext db, OrderPayments payments, TimeProvider clock) : IOrderPlacement
{
    public async Task<PlacedOrder?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        await FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken) is { } order ? Placed(order, order.LatestPayment) : null;

    public async Task<(PlacedOrder Order, bool Created)> PlaceAsync(NewOrder order, string by, CancellationToken cancellationToken)
    {
        var (saved, created) = await CreateAsync(OrderFrom(order), by, cancellationToken);
        return (Placed(saved, saved.LatestPayment), created);
    }

    public async Task<PlacedOrder> StartPaymentAsync(Guid orderId, PaymentCustomer customer, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Payments).SingleAsync(o => o.Id == orderId, cancellationToken);
        var payment = await payments.StartAsync(order, customer.IsSignedIn, customer.IsBusiness, cancellationToken);
        return Placed(order, payment);
    }

    public Task<Order?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Payments)
            .SingleOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <summary>Returns the order saved under the key and whether this call created it.</summary>
    public async Task<(Order Order, bool Created)> CreateAsync(Order order, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            // The store's clock, not the machine's: reports bucket orders by the day they were placed.
            var now = clock.GetUtcNow().UtcDateTime;
            order.CreatedUtc = order.UpdatedUtc = now;
            order.Number = OrderNumbers.Next(now);
            order.AccessToken = OrderNumbers.NewAccessToken();
            db.Orders.Add(order);
            db.Transitions.Add(new OrderTransition { OrderId = order.Id, From = null, To = order.Status, By = by, Note = "Order placed.", AtUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (order, true);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (await FindByIdempotencyKeyAsync(order.IdempotencyKey, cancellationToken) is { } existing)
                {
                    return (existing, false);
                }
            }
        }
    }

    private static Order OrderFrom(NewOrder placed)
    {
        var order = new Order
        {
            IdempotencyKey = placed.IdempotencyKey,
            RequestFingerprint = placed.RequestFingerprint,
            CustomerId = placed.CustomerId,
            Email = placed.Email,
            Culture = placed.Culture,
            Currency = placed.Currency,
            Touchpoint = placed.Touchpoint,
            ShippingAddress = OrderAddress.From(placed.ShippingAddress),
            BillingAddress = OrderAddress.From(placed.BillingAddress),
            ShippingMethodCode = placed.ShippingMethodCode,
            ShippingMethodName = placed.ShippingMethodName,
            PaymentMethodCode = placed.PaymentMethodCode,
            CouponCode = placed.CouponCode,
            ItemsTotal = placed.ItemsTotal,
            DiscountTotal = placed.DiscountTotal,
            ShippingTotal = placed.ShippingTotal,
            PaymentFee = placed.PaymentFee,
            TaxTotal = placed.TaxTotal,
            TaxIncluded = placed.TaxIncluded,
            GrandTotal = placed.GrandTotal,
            ReservationReference = placed.ReservationReference,
        };
        order.Lines.AddRange(placed.Lines.Select(l => new OrderLine
        {
            OrderId = order.Id, Sku = l.Sku, Name = l.Name, Quantity = l.Quantity, UnitPrice = l.UnitPrice, TaxClass = l.TaxClass,
            Discount = l.Discount, LineTotal = l.LineTotal, Tax = l.Tax,
        }));
        return order;
    }

    internal static PlacedOrder Placed(Order order, OrderPayment? payment)
    {
        var view = payment is null ? null : new OrderPaymentView(payment.ProviderCode, payment.Status.ToString(), new Money(payment.Amount, order.Currency),
            JsonSerializer.Deserialize<Dictionary<string, string>>(payment.NextActionJson) ?? [], payment.Error);
        return new PlacedOrder(order.Id, order.Number, order.Status.ToString(), order.Status == OrderStatus.Pending, order.AccessToken,
            new Money(order.GrandTotal, order.Currency), order.PaymentMethodCode, order.RequestFingerprint, order.ReservationReference, view);
    }
}
