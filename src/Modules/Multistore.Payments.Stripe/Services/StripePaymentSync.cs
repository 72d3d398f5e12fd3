using Multistore.Payments.Services;
using Multistore.Payments.Stripe.Domain;
using Stripe;

namespace Multistore.Payments.Stripe.Services;

/// <summary>Brings our payment record up to what Stripe says, forward only, whoever told us (webhook, confirm, refresh).</summary>
public sealed class StripePaymentSync(IPaymentLedger ledger)
{
    public async Task<LedgerPayment?> ApplyAsync(PaymentIntent intent, string cause, CancellationToken cancellationToken)
    {
        var record = await ledger.FindAsync(StripePaymentProvider.ProviderCode, intent.Id, cancellationToken);
        var status = StripeIntentStatus.Of(intent);
        // A decline (payment_intent.payment_failed) keeps its reason, as our own sentence, for the order page and the API.
        var error = status == Commerce.PaymentStatus.Failed && intent.LastPaymentError is { } declined ? StripeDeclines.MessageFor(declined) : null;
        return record is null ? null : await ledger.MoveAsync(record.Id, status, cause, cancellationToken, error);
    }

    /// <summary>Refunds made in Stripe's dashboard arrive as charge.refunded; those we made are recorded already.</summary>
    public async Task ApplyRefundAsync(Charge charge, string eventId, CancellationToken cancellationToken)
    {
        if (charge.PaymentIntentId is null || await ledger.FindAsync(StripePaymentProvider.ProviderCode, charge.PaymentIntentId, cancellationToken) is not { } record)
        {
            return;
        }

        var unrecorded = charge.AmountRefunded - record.RefundedMinor;
        if (unrecorded > 0)
        {
            await ledger.RecordRefundAsync(record.Id, unrecorded, $"stripe-event:{eventId}", charge.Id, cancellationToken);
        }
    }
}
