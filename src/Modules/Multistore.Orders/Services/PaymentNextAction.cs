using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// The next action of a payment as it stands now, not as it was when the payment started: a card payment that
/// waited for the shopper (a client secret to confirm with) asks for nothing once it is settled, and after a decline
/// asks for another try (<see cref="RetryType"/>) with the same secret. Instructions of offline methods stay as given.
/// </summary>
public static class PaymentNextAction
{
    public const string RetryType = "stripe_retry";

    public static IReadOnlyDictionary<string, string> Of(PaymentStatus status, IReadOnlyDictionary<string, string> started)
    {
        if (!started.ContainsKey("client_secret"))
        {
            return started;
        }

        return status switch
        {
            PaymentStatus.Pending => started,
            PaymentStatus.Failed => new Dictionary<string, string>(started) { ["type"] = RetryType },
            _ => new Dictionary<string, string>(),
        };
    }
}
