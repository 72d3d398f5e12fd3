namespace Multistore.Feeds.Services;

/// <summary>What a marketplace would object to in a SKU, as <see cref="FeedRules"/> finds it.</summary>
public enum FeedProblemKind
{
    /// <summary>No price in the store's currency: the feed leaves the SKU out.</summary>
    NoPrice,

    /// <summary>A price of zero: Google rejects items that are free.</summary>
    ZeroPrice,

    /// <summary>No image: Google rejects an item without <c>image_link</c>.</summary>
    NoImage,

    /// <summary>The main image is a drawing (SVG): Google reads only JPEG, PNG, GIF, WebP, BMP and TIFF, and rejects the item.</summary>
    ImageFormat,

    /// <summary>A title longer than <see cref="FeedRules.TitleMaxLength"/>: Google rejects it.</summary>
    TitleTooLong,

    /// <summary>No text in the feed's culture: the title, description and link are another culture's (or the SKU).</summary>
    NoTextInCulture,

    /// <summary>No description: the feed repeats the title.</summary>
    NoDescription,

    /// <summary>A description longer than <see cref="FeedRules.DescriptionMaxLength"/>: the feed cuts it.</summary>
    DescriptionTooLong,

    /// <summary>No GTIN or MPN: the feed says <c>identifier_exists: no</c>.</summary>
    NoIdentifier,

    /// <summary>No <c>brand</c> attribute: the feed gives the store's name as the brand.</summary>
    NoBrand,

    /// <summary>Sold on backorder without a ship date: Google requires <c>availability_date</c> with <c>backorder</c>, so the feed says out of stock.</summary>
    NoShipDate,
}
