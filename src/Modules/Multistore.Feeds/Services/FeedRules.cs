using Multistore.Catalog.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// The marketplace's rules (Google Merchant Center's product data specification) in one place: which SKUs the feed
/// lists, how long a title and description may be, and what a marketplace would object to in each SKU. The feed
/// items (<see cref="FeedItems"/>) and the admin's feed check both apply them.
/// </summary>
public static class FeedRules
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = PlainText.MaxLength;
    public const int AdditionalImagesMax = 10;

    /// <summary>Whether the feed lists the SKU: only with a price in the store's currency, since it cannot be bought otherwise.</summary>
    public static bool Lists(FeedSku sku) => sku.Price is not null;

    public static bool Rejects(FeedProblemKind kind) =>
        kind is FeedProblemKind.NoPrice or FeedProblemKind.ZeroPrice or FeedProblemKind.NoImage or FeedProblemKind.ImageFormat or FeedProblemKind.TitleTooLong;

    /// <summary>The description the feed sends: the product's plain text cut to the limit, else the title (Google requires one).</summary>
    public static string Description(string plain, string title) =>
        plain.Length == 0 ? title : plain.Length <= DescriptionMaxLength ? plain : plain[..DescriptionMaxLength];

    /// <summary>The problems of <paramref name="sku"/> in <paramref name="culture"/>, given the item the feed made of it (null: left out).</summary>
    public static IReadOnlyList<FeedProblem> ProblemsOf(FeedSku sku, FeedItem? item, string culture)
    {
        var problems = new List<FeedProblem>();
        if (!Lists(sku))
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoPrice));
        }
        else if (item is not null && item.Price.Amount <= 0m)
        {
            problems.Add(new FeedProblem(FeedProblemKind.ZeroPrice));
        }

        if (sku.Images.Count == 0)
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoImage));
        }
        else if (IsDrawing(sku.Images[0]))
        {
            problems.Add(new FeedProblem(FeedProblemKind.ImageFormat));
        }

        if (sku.Title.Length > TitleMaxLength)
        {
            problems.Add(new FeedProblem(FeedProblemKind.TitleTooLong, sku.Title.Length));
        }

        if (!string.Equals(sku.TextCulture, culture, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoTextInCulture, Culture: sku.TextCulture));
        }

        if (sku.Description.Length == 0)
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoDescription));
        }
        else if (sku.Description.Length > DescriptionMaxLength)
        {
            problems.Add(new FeedProblem(FeedProblemKind.DescriptionTooLong, sku.Description.Length));
        }

        if (item is not null && !item.IdentifierExists)
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoIdentifier));
        }

        if (Attribute(sku.Product, "brand") is null)
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoBrand));
        }

        if (sku.BackorderWithoutDate)
        {
            problems.Add(new FeedProblem(FeedProblemKind.NoShipDate));
        }

        return problems;
    }

    /// <summary>Whether an image address names an SVG file (its path, before any query), which Google cannot read.</summary>
    public static bool IsDrawing(string image)
    {
        var path = image.Split('?', '#')[0];
        return path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A product attribute's value, trimmed, or null when it is missing or blank.</summary>
    public static string? Attribute(IndexableProduct product, string name) =>
        product.Attributes.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
