using Multistore.Commerce;

namespace Multistore.Feeds.Services;

/// <summary>
/// One sellable SKU as a marketplace lists it, in the attributes of Google's product data specification:
/// <see cref="Price"/> is the regular price and <see cref="SalePrice"/> the lower price in force when the store shows a
/// compare-at price; <see cref="ItemGroupId"/> is the product's SKU for a variant and null for a product without
/// variants. Without <see cref="Gtin"/> and <see cref="Mpn"/> the item says <c>identifier_exists: no</c>.
/// </summary>
public sealed record FeedItem(
    string Id,
    string Title,
    string Description,
    string Link,
    string? ImageLink,
    IReadOnlyList<string> AdditionalImageLinks,
    string Availability,
    Money Price,
    Money? SalePrice,
    string Brand,
    string? Gtin,
    string? Mpn,
    string? ItemGroupId,
    IReadOnlyList<FeedShippingPrice> Shipping)
{
    public bool IdentifierExists => Gtin is not null || Mpn is not null;

    /// <summary>US sales tax per state, when the store sells in the US with prices that exclude tax (<see cref="FeedTax"/>).</summary>
    public IReadOnlyList<FeedTaxRate> Tax { get; init; } = [];

    /// <summary>When a backordered item ships (<c>availability_date</c>, given with <c>backorder</c> only).</summary>
    public DateOnly? AvailabilityDate { get; init; }
}
