using Multistore.Commerce;

namespace Multistore.Orders.Admin;

/// <summary>
/// How the admin names a payment method and a payment's status: by name ("Bank transfer", "Partially refunded"), the
/// English source text the admin's localizer translates, never the stored code.
/// </summary>
public static class PaymentNames
{
    public static string Method(string code) => code switch
    {
        "stripe" => "Card",
        "bank-transfer" => "Bank transfer",
        "cash-on-delivery" => "Cash on delivery",
        "invoice" => "Invoice",
        "test-card" => "Test card",
        "test-transfer" => "Test bank transfer",
        _ => code,
    };

    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.PartiallyRefunded => "Partially refunded",
        _ => status.ToString(),
    };
}
