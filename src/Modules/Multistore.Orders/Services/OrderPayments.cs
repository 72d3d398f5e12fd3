using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Multistore.Commerce;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Starts an order's payment. The payment record is saved before the provider is called and the provider gets
/// an idempotency key derived from the order, so calling this again after a crash never charges twice. Writing the
/// record claims the call: a concurrent retry reports the payment in flight rather than calling the provider
/// alongside (Stripe refuses a key in use, and that refusal must not fail a payment that is going through); a claim
/// older than <see cref="ClaimLifetime"/> is a start that crashed, and one retry takes it over.
/// </summary>
internal sealed class OrderPayments(OrdersDbContext db, PaymentProviders providers, OrderLifecycle lifecycle, TimeProvider clock, ILogger<OrderPayments> logger)
{
    /// <summary>How long a started call is left to its caller before a retry may call the provider again.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(2);

    public async Task<OrderPayment> StartAsync(Order order, bool isSignedIn, bool isBusinessCustomer, CancellationToken cancellationToken)
    {
        // The newest attempt, when it is of the order's method; a method chosen after a failure starts a new attempt.
        var payment = order.LatestPayment is { } latest && latest.ProviderCode == order.PaymentMethodCode ? latest : null;
        if (payment is not null && payment.ProviderReference.Length == 0 && order.Status == OrderStatus.Pending
            && !await ClaimStaleAsync(payment, cancellationToken))
        {
            // Another request is calling the provider for this payment: its answer is reported on the next retry.
            return payment;
        }

        if (payment is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            payment = new OrderPayment
            {
                OrderId = order.Id,
                ProviderCode = order.PaymentMethodCode,
                IdempotencyKey = AttemptKey(order),
                Amount = order.GrandTotal,
                CreatedUtc = now,
                UpdatedUtc = now,
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
        payment.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
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

    /// <summary>
    /// The provider's idempotency key of the order's next payment attempt: the first keeps the key orders always had,
    /// each later one (another method chosen after a failure) is numbered, so a provider never sees two attempts as one.
    /// </summary>
    private static string AttemptKey(Order order) =>
        order.Payments.Count == 0 ? $"order-{order.Id:N}-payment" : $"order-{order.Id:N}-payment-{order.Payments.Count + 1}";

    /// <summary>
    /// Takes over a call whose claim has lapsed, atomically: of several retries only the one whose update matches
    /// the claim it read wins; a live claim is left to its owner.
    /// </summary>
    private async Task<bool> ClaimStaleAsync(OrderPayment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - payment.UpdatedUtc < ClaimLifetime)
        {
            return false;
        }

        var seen = payment.UpdatedUtc;
        var claimed = await db.Payments
            .Where(p => p.Id == payment.Id && p.ProviderReference == "" && p.UpdatedUtc == seen)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.UpdatedUtc, now), cancellationToken);
        if (claimed == 1)
        {
            payment.UpdatedUtc = now;
            db.Entry(payment).Property(p => p.UpdatedUtc).OriginalValue = now;
        }

        return claimed == 1;
    }
}
