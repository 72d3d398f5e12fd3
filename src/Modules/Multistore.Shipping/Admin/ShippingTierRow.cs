namespace Multistore.Shipping.Admin;

/// <summary>One weight tier as typed: parcels up to this many kilograms cost this much.</summary>
public sealed class ShippingTierRow
{
    public string? UpToKg { get; set; }
    public string? Price { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(UpToKg) && string.IsNullOrWhiteSpace(Price);
}
