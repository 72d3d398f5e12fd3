namespace Multistore.Payments.Admin;

/// <summary>Cash on delivery and invoice: a fee or payment terms, and the largest order the method is offered for.</summary>
public sealed class OfflineMethodSettingsForm
{
    public string? Fee { get; set; }
    public string? DueDays { get; set; }
    public string? MaxAmount { get; set; }
}
