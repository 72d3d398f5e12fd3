namespace Multistore.Shipping.Admin;

/// <summary>A zone as typed: its name and its areas ("DE, AT, US-NY"). <see cref="Id"/> is empty for a new zone.</summary>
public sealed class ShippingZoneForm
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Areas { get; set; }

    public Guid? ZoneId => Guid.TryParse(Id, out var id) ? id : null;
}
