namespace Multistore.Shipping.Domain;

/// <summary>Where a set of rates applies: countries, or regions of them. The most specific matching zone wins.</summary>
internal sealed class ShippingZone
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public int Position { get; set; }
    public List<ShippingZoneArea> Areas { get; set; } = [];
    public List<ShippingRate> Rates { get; set; } = [];
}
