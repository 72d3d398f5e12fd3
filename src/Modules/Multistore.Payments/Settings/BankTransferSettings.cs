namespace Multistore.Payments.Settings;

/// <summary>The account shoppers transfer to. Settings group <see cref="GroupName"/>.</summary>
public sealed class BankTransferSettings
{
    public const string GroupName = "Payments.BankTransfer";

    public string AccountHolder { get; set; } = "";
    public string BankName { get; set; } = "";
    public string Iban { get; set; } = "";
    public string Bic { get; set; } = "";

    /// <summary>Extra words for the shopper, e.g. "Pay within 10 days or the order is cancelled."</summary>
    public string Instructions { get; set; } = "";
}
