namespace Multistore.Shipping.Domain;

/// <summary>
/// A way to ship within a zone. Its price is <see cref="Price"/>, or the first weight tier the parcel fits
/// (a parcel heavier than every tier is not offered this rate); it is free when the goods reach <see cref="FreeAbove"/>.
/// </summary>
internal sealed class ShippingRate
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ZoneId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Price { get; set; }
    public decimal? FreeAbove { get; set; }
    public List<ShippingRateTier> Tiers { get; set; } = [];

    /// <summary>The price for this parcel before rounding, or null when the rate does not take it.</summary>
    public decimal? PriceFor(decimal subtotal, decimal weightKg)
    {
        decimal price = Price;
        if (Tiers.Count > 0)
        {
            var tier = Tiers.OrderBy(t => t.UpToKg).FirstOrDefault(t => weightKg <= t.UpToKg);
            if (tier is null)
            {
                return null;
            }

            price = tier.Price;
        }

        return FreeAbove is { } threshold && subtotal >= threshold ? 0m : price;
    }
}
