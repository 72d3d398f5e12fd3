namespace Multistore.Shipping.Settings;

/// <summary>Settings group <see cref="GroupName"/>: the store's pickup locations and when pickup is offered.</summary>
public sealed class PickupSettings
{
    public const string GroupName = "Shipping.Pickup";

    public string Offer { get; set; } = PickupOffer.Never;
    public IList<PickupLocation> Locations { get; set; } = [];
}
