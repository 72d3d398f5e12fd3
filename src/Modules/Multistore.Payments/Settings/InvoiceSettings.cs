namespace Multistore.Payments.Settings;

/// <summary>Settings group <see cref="GroupName"/>: payment terms for business customers.</summary>
public sealed class InvoiceSettings
{
    public const string GroupName = "Payments.Invoice";

    public int DueDays { get; set; } = 30;
    public decimal? MaxAmount { get; set; }
}
