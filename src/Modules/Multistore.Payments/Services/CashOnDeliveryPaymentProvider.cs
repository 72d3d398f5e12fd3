using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Payments.Domain;
using Multistore.Payments.Settings;

namespace Multistore.Payments.Services;

/// <summary>The shopper pays the carrier; the fee is offered with the method so checkout can add it to the total.</summary>
internal sealed class CashOnDeliveryPaymentProvider(PaymentLedger ledger, IOptions<CashOnDeliverySettings> settings, IStringLocalizer localizer) : OfflinePaymentProvider(ledger)
{
    public const string ProviderCode = "cash-on-delivery";

    public override string Code => ProviderCode;

    public override PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer) =>
        settings.Value.MaxAmount is { } max && amount.Amount > max
            ? null
            : new PaymentMethod(Code, localizer["Cash on delivery"], settings.Value.Fee > 0 ? new Money(settings.Value.Fee, amount.Currency) : null);

    protected override IReadOnlyDictionary<string, string> NextAction(PaymentRecord record) => new Dictionary<string, string>
    {
        ["type"] = "pay_on_delivery",
        ["amount"] = MinorUnits.ToInvariantText(record.AmountMinor, record.Currency),
        ["currency"] = record.Currency,
    };
}
