namespace Multistore.Payments.Admin;

public sealed class BankTransferSettingsForm
{
    public string? AccountHolder { get; set; }
    public string? BankName { get; set; }
    public string? Iban { get; set; }
    public string? Bic { get; set; }
    public string? Instructions { get; set; }
}
