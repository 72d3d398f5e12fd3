namespace Multistore.Payments.Settings;

/// <summary>Settings group <see cref="GroupName"/>: the carrier's fee and the most a shopper may pay at the door.</summary>
public sealed class CashOnDeliverySettings
{
    public const string GroupName = "Payments.CashOnDelivery";

    public decimal Fee { get; set; }
    public decimal? MaxAmount { get; set; }
}
