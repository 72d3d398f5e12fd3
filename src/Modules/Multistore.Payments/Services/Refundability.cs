using Multistore.Commerce;

namespace Multistore.Payments.Services;

/// <summary>Whether a payment can give back an amount: only a received payment, never more than is left, never nothing.</summary>
internal static class Refundability
{
    /// <summary>Throws <see cref="PaymentRefusedException"/> with a message a shop operator understands when the refund is not possible.</summary>
    public static void Check(PaymentStatus status, string providerReference, string currency, long amountMinor, long refundedMinor, long requestedMinor)
    {
        if (requestedMinor <= 0)
        {
            throw new PaymentRefusedException("The refund amount must be more than zero.");
        }

        if (status is not (PaymentStatus.Succeeded or PaymentStatus.PartiallyRefunded))
        {
            throw new PaymentRefusedException($"Payment {providerReference} is {status}: only a received payment can be refunded.");
        }

        if (requestedMinor > amountMinor - refundedMinor)
        {
            var left = new Money(MinorUnits.ToAmount(amountMinor - refundedMinor, currency), currency);
            throw new PaymentRefusedException($"At most {left.Amount} {left.Currency} of payment {providerReference} is left to refund.");
        }
    }
}
