using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Payments.Domain;
using Multistore.Payments.Settings;

namespace Multistore.Payments.Services;

/// <summary>The shopper transfers the amount with the order number as reference; an operator marks it received.</summary>
internal sealed class BankTransferPaymentProvider(PaymentLedger ledger, IOptions<BankTransferSettings> settings, IStringLocalizer localizer) : OfflinePaymentProvider(ledger)
{
    public const string ProviderCode = "bank-transfer";

    public override string Code => ProviderCode;

    public override PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer) =>
        string.IsNullOrWhiteSpace(settings.Value.Iban) ? null : new PaymentMethod(Code, localizer["Bank transfer"]);

    protected override IReadOnlyDictionary<string, string> NextAction(PaymentRecord record) => new Dictionary<string, string>
    {
        ["type"] = "bank_transfer_instructions",
        ["account_holder"] = settings.Value.AccountHolder,
        ["bank_name"] = settings.Value.BankName,
        ["iban"] = settings.Value.Iban,
        ["bic"] = settings.Value.Bic,
        ["reference"] = record.OrderNumber,
        ["amount"] = MinorUnits.ToInvariantText(record.AmountMinor, record.Currency),
        ["currency"] = record.Currency,
        ["instructions"] = settings.Value.Instructions,
    };
}
