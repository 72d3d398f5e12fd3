namespace Multistore.Shipping.Settings;

/// <summary>A store where orders can be picked up.</summary>
public sealed class PickupLocation
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
}
