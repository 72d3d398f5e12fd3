using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Payments.Domain;
using Multistore.Payments.Settings;

namespace Multistore.Payments.Services;

/// <summary>
/// Signed-in business customers buy on credit: the payment starts Authorized (the order may ship) and
/// becomes Succeeded when an operator marks the invoice paid.
/// </summary>
internal sealed class InvoicePaymentProvider(PaymentLedger ledger, IOptions<InvoiceSettings> settings, IStringLocalizer localizer) : OfflinePaymentProvider(ledger)
{
    public const string ProviderCode = "invoice";

    public override string Code => ProviderCode;

    protected override PaymentStatus InitialStatus => PaymentStatus.Authorized;

    public override PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer) =>
        !isSignedIn || !isBusinessCustomer || settings.Value.MaxAmount is { } max && amount.Amount > max
            ? null
            : new PaymentMethod(Code, localizer["Invoice"]);

    protected override IReadOnlyDictionary<string, string> NextAction(PaymentRecord record) => new Dictionary<string, string>
    {
        ["type"] = "invoice",
        ["due_date"] = record.CreatedUtc.AddDays(settings.Value.DueDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["amount"] = MinorUnits.ToInvariantText(record.AmountMinor, record.Currency),
        ["currency"] = record.Currency,
        ["reference"] = record.OrderNumber,
    };
}
