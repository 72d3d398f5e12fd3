using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Multistore.Pricing.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>How the error summary names a form field: <c>variants[1].prices[…]</c> is "Variant 2: price in Euro (EUR)".</summary>
public static partial class ProductFieldLabels
{
    public static string Of(string field, IReadOnlyList<PriceListView> lists, IStringLocalizer t)
    {
        if (VariantField().Match(field) is { Success: true } variant)
        {
            return t["Variant {0}: {1}", int.Parse(variant.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, Of(variant.Groups[2].Value, lists, t)];
        }

        if (PriceField().Match(field) is { Success: true } price)
        {
            var list = lists.FirstOrDefault(l => l.Id.ToString() == price.Groups[2].Value);
            var where = list is null ? t["a price list"] : $"{list.Name} ({list.Currency})";
            return price.Groups[1].Value == "prices" ? t["Price in {0}", where] : t["Compare-at price in {0}", where];
        }

        if (ImageField().Match(field) is { Success: true } image)
        {
            var number = int.Parse(image.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            return image.Groups[2].Value == "id" ? t["Image {0}", number] : t["Image {0}: alt text ({1})", number, image.Groups[3].Value];
        }

        if (TextField().Match(field) is { Success: true } text)
        {
            var part = text.Groups[2].Value switch
            {
                "name" => t["Name"], "slug" => t["Slug"], "description" => t["Description"], "seoTitle" => t["SEO title"], "seoDescription" => t["SEO description"], _ => t["Texts"],
            };
            return $"{part} ({text.Groups[1].Value})";
        }

        return field switch
        {
            "sku" => t["SKU"], "status" => t["Status"], "weightKg" => t["Weight"], "values" => t["Option values"], "attributes" => t["Attributes"],
            "categories" => t["Categories"], "options" => t["Options"], "translations" => t["Texts"], "image" => t["Image"], "images" => t["Images"], _ => field,
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
