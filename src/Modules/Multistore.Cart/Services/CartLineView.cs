using System.Text.Json.Serialization;
using Multistore.Commerce;

namespace Multistore.Cart.Services;

/// <summary>
/// <see cref="Available"/> is null when the SKU's stock is not tracked. <see cref="Name"/> is the product's name,
/// <see cref="VariantName"/> the chosen variant's values in the shopper's language ("Rot", "M / Rot"), null for a
/// product without variants; <see cref="DisplayName"/> names both as a shopper reads them ("Mütze — Rot").
/// </summary>
public sealed record CartLineView(string Sku, string Name, string Slug, int Quantity, Money UnitPrice, Money LineTotal, int? Available, decimal WeightKg, string TaxClass)
{
    public string? VariantName { get; init; }

    public Guid ProductId { get; init; }

    /// <summary>How many of <see cref="Quantity"/> are not in stock and ship on backorder (0 for a line fully in stock).</summary>
    public int Backordered { get; init; }

    /// <summary>When the backordered part ships, if the store said; null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? RestockDate { get; init; }

    /// <summary><see cref="RestockDate"/> as the shopper's culture writes a short date, for the cart page.</summary>
    [JsonIgnore]
    public string? RestockDateText => RestockDate?.ToString("d", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>
    /// The URL of this line's picture on the cart page (the product's image whose alt text names the variant, else its
    /// first); null without one. Apps read a product's images from its own endpoint, so the API's cart leaves it out.
    /// </summary>
    [JsonIgnore]
    public string? Image { get; init; }

    public string DisplayName => string.IsNullOrEmpty(VariantName) ? Name : $"{Name} — {VariantName}";
}
