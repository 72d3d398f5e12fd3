using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Payments.Services;
using Multistore.Payments.Stripe.Domain;
using Multistore.Payments.Stripe.Settings;
using Stripe;
using PaymentMethod = Multistore.Commerce.PaymentMethod;

namespace Multistore.Payments.Stripe.Services;

/// <summary>
/// Starts a PaymentIntent in the store's currency, in minor units, with the order's idempotency key (sent to
/// Stripe too, so a retry never creates a second intent), and refunds through Stripe. What Stripe answers to a failed
/// call is never shown to the shopper (an error text may carry request details): a refused card reads as our own
/// sentence (<see cref="StripeDeclines"/>), a refused store setup pauses cards (<see cref="StripeSetupFailures"/>).
/// </summary>
internal sealed class StripePaymentProvider(StripeClientFactory clients, IPaymentLedger ledger, StripePaymentSync sync, IOptions<StripeSettings> settings, IStringLocalizer localizer, StripeSetupFailures failures) : IPaymentProvider
{
    public const string ProviderCode = "stripe";

    public string Code => ProviderCode;

    public PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer) =>
        settings.Value.CanOffer ? new PaymentMethod(Code, localizer["Card"]) : null;

    public async Task<PaymentResult> StartAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var intents = new PaymentIntentService(await clients.CreateAsync(cancellationToken));
            if (await ledger.FindByKeyAsync(request.IdempotencyKey, cancellationToken) is { } existing)
            {
                var current = await intents.GetAsync(existing.ProviderReference, cancellationToken: cancellationToken);
                var synced = await sync.ApplyAsync(current, $"start-retry:{request.IdempotencyKey}:{current.Status}", cancellationToken);
                return Result(synced ?? existing, current);
            }

            var intent = await intents.CreateAsync(CreateOptions(request), new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
            var record = await ledger.AddAsync(
                new NewLedgerPayment(request.OrderId, request.OrderNumber, Code, intent.Id, request.IdempotencyKey, StripeIntentStatus.Of(intent), request.Amount),
                cancellationToken);
            return Result(record, intent);
        }
        catch (StripeException exception)
        {
            await failures.ReportAsync(exception, $"start the payment of order {request.OrderNumber}", withShopperInput: false, CancellationToken.None);
            return new PaymentResult(PaymentStatus.Failed, "", new Dictionary<string, string>(), localizer["The card payment could not be started. Please try again or choose another method."]);
        }
    }

    public async Task<PaymentResult> RefundAsync(string providerReference, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        var record = await ledger.FindAsync(Code, providerReference, cancellationToken)
            ?? throw new PaymentRefusedException($"There is no Stripe payment '{providerReference}'.");
        var minor = MinorUnits.FromMoney(amount);
        if (!record.RefundKeys.Contains(idempotencyKey))
        {
            record.CheckRefundable(minor);
        }

        var refunds = new RefundService(await clients.CreateAsync(cancellationToken));
        var refund = await refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = providerReference, Amount = minor },
            new RequestOptions { IdempotencyKey = idempotencyKey },
            cancellationToken);
        var updated = await ledger.RecordRefundAsync(record.Id, minor, idempotencyKey, refund.Id, cancellationToken);
        return new PaymentResult(updated.Status, updated.ProviderReference, new Dictionary<string, string> { ["refund"] = refund.Id });
    }

    private static PaymentIntentCreateOptions CreateOptions(PaymentRequest request) => new()
    {
        Amount = MinorUnits.FromMoney(request.Amount),
        Currency = request.Amount.Currency.ToLowerInvariant(),
        Description = $"Order {request.OrderNumber}",
        ReceiptEmail = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email,
        AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
        Metadata = new Dictionary<string, string>
        {
            ["order_id"] = request.OrderId.ToString(),
            ["order_number"] = request.OrderNumber,
        },
    };

    private PaymentResult Result(LedgerPayment record, PaymentIntent intent) =>
        new(record.Status,
            record.ProviderReference,
            StripeIntentStatus.NextAction(intent, settings.Value.PublishableKey),
            intent.LastPaymentError is { } error ? StripeDeclines.MessageFor(error) : null);
}
