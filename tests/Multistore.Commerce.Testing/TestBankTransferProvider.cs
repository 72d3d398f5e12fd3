namespace Multistore.Commerce.Testing;

/// <summary>An offline method: the order waits for the transfer; instructions are the next action.</summary>
public sealed class TestBankTransferProvider : IPaymentProvider
{
    public string Code => "test-transfer";

    public PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer) => new(Code, "Bank transfer", new Money(1.50m, amount.Currency));

    public Task<PaymentResult> StartAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PaymentResult(PaymentStatus.Pending, "bt_" + request.OrderNumber,
            new Dictionary<string, string> { ["type"] = "bank-transfer", ["iban"] = "DE89370400440532013000", ["reference"] = request.OrderNumber }));

    public Task<PaymentResult> RefundAsync(string providerReference, Money amount, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(new PaymentResult(PaymentStatus.Succeeded, "btr_" + idempotencyKey, new Dictionary<string, string>()));
}
