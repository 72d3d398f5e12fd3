namespace Multistore.Shipping.Domain;

/// <summary>Parcels up to <see cref="UpToKg"/> (inclusive) cost <see cref="Price"/>.</summary>
internal sealed class ShippingRateTier
{
    public Guid RateId { get; set; }
    public decimal UpToKg { get; set; }
    public decimal Price { get; set; }
}
