namespace Multistore.Commerce;

/// <summary>A payment method a shopper can choose: "stripe", "bank-transfer", "cash-on-delivery", "invoice".</summary>
public sealed record PaymentMethod(string Code, string Name, Money? Fee = null);
