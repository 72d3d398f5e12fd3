namespace Multistore.Commerce.Testing;

/// <summary>
/// A card gateway that, like Stripe, charges once per idempotency key. The shopper's e-mail steers it:
/// "decline" fails, "3ds" waits for the shopper, "hold" answers its first call only when the test releases it
/// (<see cref="ChargeLedger.Hold"/>), anything else succeeds.
/// </summary>
public sealed class TestCardPaymentProvider : IPaymentProvider
{
    public string Code => "test-card";

    public PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer) => new(Code, "Card");

    public async Task<PaymentResult> StartAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        ChargeLedger.StartCalls.AddOrUpdate(request.IdempotencyKey, 1, (_, n) => n + 1);
        var reference = "pi_" + request.IdempotencyKey;
        if (request.Email.Contains("hold", StringComparison.OrdinalIgnoreCase))
        {
            var (arrived, release) = ChargeLedger.Hold(request.Email);
            if (arrived.TrySetResult(request.IdempotencyKey))
            {
                await release.Task.WaitAsync(cancellationToken);
            }
        }

        if (request.Email.Contains("decline", StringComparison.OrdinalIgnoreCase))
        {
            return new PaymentResult(PaymentStatus.Failed, reference, new Dictionary<string, string>(), "Your card was declined.");
        }

        if (request.Email.Contains("3ds", StringComparison.OrdinalIgnoreCase))
        {
            return new PaymentResult(PaymentStatus.Pending, reference, new Dictionary<string, string> { ["type"] = "stripe", ["client_secret"] = reference + "_secret" });
        }

        ChargeLedger.Charged.TryAdd(request.IdempotencyKey, request.Amount.Amount);
        return new PaymentResult(PaymentStatus.Succeeded, reference, new Dictionary<string, string>());
    }

    public Task<PaymentResult> RefundAsync(string providerReference, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        ChargeLedger.Refunded.TryAdd(idempotencyKey, amount.Amount);
        return Task.FromResult(new PaymentResult(PaymentStatus.Succeeded, "re_" + idempotencyKey, new Dictionary<string, string>()));
    }
}
