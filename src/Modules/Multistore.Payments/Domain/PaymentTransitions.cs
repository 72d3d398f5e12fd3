using Multistore.Commerce;

namespace Multistore.Payments.Domain;

/// <summary>
/// Which status changes are forward. Provider events arrive late, twice or out of order; a payment never
/// moves backwards (a "processing" event after "succeeded" changes nothing), and a failed attempt may still
/// succeed on retry.
/// </summary>
internal static class PaymentTransitions
{
    public static bool IsForward(PaymentStatus from, PaymentStatus to) => from != to && (from, to) switch
    {
        (PaymentStatus.Pending, _) => true,
        (PaymentStatus.Failed, PaymentStatus.Authorized or PaymentStatus.Succeeded) => true,
        (PaymentStatus.Authorized, PaymentStatus.Succeeded or PaymentStatus.Failed or PaymentStatus.Refunded) => true,
        (PaymentStatus.Succeeded, PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded) => true,
        (PaymentStatus.PartiallyRefunded, PaymentStatus.Refunded) => true,
        _ => false,
    };
}
