using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Multistore.Commerce;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Starts an order's payment. The payment record is saved before the provider is called and the provider gets
/// an idempotency key derived from the order, so calling this again after a crash never charges twice.
/// </summary>
public sealed class OrderPayments(OrdersDbContext db, PaymentProviders providers, OrderLifecycle lifecycle, ILogger<OrderPayments> logger)
{
    public async Task<OrderPayment> StartAsync(Order order, bool isSignedIn, bool isBusinessCustomer, CancellationToken cancellationToken)
    {
        var payment = order.Payments.FirstOrDefault(p => p.ProviderCode == order.PaymentMethodCode);
        if (payment is null)
        {
            payment = new OrderPayment
            {
                OrderId = order.Id,
                ProviderCode = order.PaymentMethodCode,
                IdempotencyKey = $"order-{order.Id:N}-payment",
                Amount = order.GrandTotal,
            };
            db.Payments.Add(payment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                order.Payments.Add(payment);
            }
            catch (DbUpdateException)
            {
                // A concurrent retry with the same key wrote the record first and is calling the provider: report its payment.
                db.Entry(payment).State = EntityState.Detached;
                return await db.Payments.AsNoTracking().SingleAsync(p => p.IdempotencyKey == payment.IdempotencyKey, cancellationToken);
            }
        }

        if (payment.ProviderReference.Length > 0 || order.Status != OrderStatus.Pending)
        {
            return payment;
        }

        var provider = providers.Find(payment.ProviderCode);
        PaymentResult result;
        try
        {
            result = provider is null
                ? new PaymentResult(PaymentStatus.Failed, "", new Dictionary<string, string>(), $"The payment method '{payment.ProviderCode}' is no longer offered.")
                : await provider.StartAsync(new PaymentRequest(order.Id, order.Number, new Money(order.GrandTotal, order.Currency), order.Email, order.Culture, payment.IdempotencyKey, isSignedIn, isBusinessCustomer), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The provider may or may not have taken the payment; its webhook (same order id) settles it either way.
            logger.LogError(exception, "Payment provider {Provider} failed to start payment of order {Number}", payment.ProviderCode, order.Number);
            result = new PaymentResult(PaymentStatus.Failed, "", new Dictionary<string, string>(), "The payment could not be started. Please try again or choose another method.");
        }

        payment.Status = result.Status;
        payment.ProviderReference = result.ProviderReference;
        payment.NextActionJson = JsonSerializer.Serialize(result.NextAction);
        payment.Error = result.Error;
        payment.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);

        var by = $"payment:{payment.ProviderCode}";
        switch (result.Status)
        {
            case PaymentStatus.Succeeded or PaymentStatus.Authorized:
                await lifecycle.MoveAsync(order, OrderStatus.Paid, by, null, cancellationToken);
                break;
            case PaymentStatus.Failed:
                await lifecycle.MoveAsync(order, OrderStatus.PaymentFailed, by, result.Error, cancellationToken);
                break;
        }

        return payment;
    }
}
