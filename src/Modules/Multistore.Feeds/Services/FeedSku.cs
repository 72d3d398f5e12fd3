using Multistore.Catalog.Services;
using Multistore.Pricing.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// What the catalog holds for one sellable SKU in a feed's culture, before it becomes a <see cref="FeedItem"/>: its
/// product, its title as the feed writes it (the name in the culture, with the variant's name), its price in the store's currency (null: none), the product's text in the nearest culture that has one
/// (<see cref="TextCulture"/>, null when the product has no text at all), the description as plain text before
/// it is cut, the image addresses and Google's availability value (with its date for a backorder).
/// </summary>
public sealed record FeedSku(
    IndexableProduct Product,
    string Sku,
    SkuInfo? Info,
    string Title,
    SkuPrice? Price,
    ProductText? Text,
    string? TextCulture,
    string Description,
    IReadOnlyList<string> Images,
    string Availability)
{
    /// <summary>When a SKU sold on backorder ships (Google's <c>availability_date</c>); null for any other.</summary>
    public DateOnly? AvailabilityDate { get; init; }

    /// <summary>Sold on backorder without a ship date: Google requires one, so the feed says out of stock.</summary>
    public bool BackorderWithoutDate { get; init; }
}
