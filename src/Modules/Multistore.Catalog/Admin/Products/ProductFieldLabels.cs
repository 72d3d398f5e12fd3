using System.Text.RegularExpressions;
using Multistore.Pricing.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>How the error summary names a form field: <c>variants[1].prices[…]</c> is "Variant 2: price in Euro (EUR)".</summary>
public static partial class ProductFieldLabels
{
    public static string Of(string field, IReadOnlyList<PriceListView> lists)
    {
        if (VariantField().Match(field) is { Success: true } variant)
        {
            return $"Variant {int.Parse(variant.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}: {Of(variant.Groups[2].Value, lists)}";
        }

        if (PriceField().Match(field) is { Success: true } price)
        {
            var list = lists.FirstOrDefault(l => l.Id.ToString() == price.Groups[2].Value);
            var where = list is null ? "a price list" : $"{list.Name} ({list.Currency})";
            return price.Groups[1].Value == "prices" ? $"Price in {where}" : $"Compare-at price in {where}";
        }

        if (ImageField().Match(field) is { Success: true } image)
        {
            var number = int.Parse(image.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            return image.Groups[2].Value == "id" ? $"Image {number}" : $"Image {number}: alt text ({image.Groups[3].Value})";
        }

        if (TextField().Match(field) is { Success: true } text)
        {
            var part = text.Groups[2].Value switch
            {
                "name" => "Name", "slug" => "Slug", "description" => "Description", "seoTitle" => "SEO title", "seoDescription" => "SEO description", _ => "Texts",
            };
            return $"{part} ({text.Groups[1].Value})";
        }

        return field switch
        {
            "sku" => "SKU", "status" => "Status", "weightKg" => "Weight", "values" => "Option values", "attributes" => "Attributes",
            "categories" => "Categories", "options" => "Options", "translations" => "Texts", "image" => "Image", "images" => "Images", _ => field,
        };
    }

    [GeneratedRegex(@"^variants\[(\d+)\]\.(.+)$")]
    private static partial Regex VariantField();

    [GeneratedRegex(@"^(prices|compareAt)\[([0-9a-f-]+)\]$")]
    private static partial Regex PriceField();

    [GeneratedRegex(@"^images\[(\d+)\]\.(id|alt)\.?(.*)$")]
    private static partial Regex ImageField();

    [GeneratedRegex(@"^translations\.([^.]+)\.?(.*)$")]
    private static partial Regex TextField();
}
