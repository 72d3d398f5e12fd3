using System.Globalization;
using Multistore.Catalog.Editing;

namespace Multistore.Catalog.Import;

/// <summary>
/// One product per CSV row. Columns: <c>sku, status, weightKg, taxClass, categories</c> (keys, ";"-separated),
/// <c>attributes</c> ("material=wool;fit=slim"), <c>options</c> ("size;color"), <c>variants</c>
/// ("TEE-S=S/Red;TEE-M=M/Red"), and per culture <c>name:en-US, slug:en-US, description:en-US, seoTitle:en-US,
/// seoDescription:en-US</c>.
/// </summary>
public static class CsvProductColumns
{
    public static readonly string[] Fixed = ["sku", "status", "weightKg", "taxClass", "categories", "attributes", "options", "variants"];
    public static readonly string[] PerCulture = ["name", "slug", "description", "seoTitle", "seoDescription"];

    public static ProductInput Read(IReadOnlyList<string> header, IReadOnlyList<string> row, List<Editing.FieldError> errors)
    {
        var input = new ProductInput();
        for (var i = 0; i < header.Count && i < row.Count; i++)
        {
            var value = row[i].Trim();
            var (column, culture) = Split(header[i]);
            if (culture is not null)
            {
                SetText(input, culture, column, value);
                continue;
            }

            switch (column)
            {
                case "sku": input.Sku = value; break;
                case "status": input.Status = value.Length == 0 ? null : value; break;
                case "taxClass": input.TaxClass = value.Length == 0 ? null : value; break;
                case "weightKg" when value.Length > 0:
                    if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var weight))
                    {
                        input.WeightKg = weight;
                    }
                    else
                    {
                        errors.Add(new("weightKg", $"'{value}' is not a number (use a dot for decimals)."));
                    }

                    break;
                case "categories": input.Categories = List(value); break;
                case "options": input.Options = List(value); break;
                case "attributes": ReadAttributes(input, value, errors); break;
                case "variants": ReadVariants(input, value, errors); break;
                default: break;
            }
        }

        return input;
    }

    private static (string Column, string? Culture) Split(string header)
    {
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (header.Trim(), null) : (header[..colon].Trim(), header[(colon + 1)..].Trim());
    }

    private static void SetText(ProductInput input, string culture, string column, string value)
    {
        if (!input.Translations.TryGetValue(culture, out var text))
        {
            input.Translations[culture] = text = new TranslationInput();
        }

        switch (column)
        {
            case "name": text.Name = value; break;
            case "slug": text.Slug = value.Length == 0 ? null : value; break;
            case "description": text.Description = value; break;
            case "seoTitle": text.SeoTitle = value; break;
            case "seoDescription": text.SeoDescription = value; break;
            default: break;
        }
    }

    private static List<string> List(string value) => [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void ReadAttributes(ProductInput input, string value, List<Editing.FieldError> errors)
    {
        foreach (var pair in List(value))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(new("attributes", $"'{pair}' is not name=value."));
                continue;
            }

            input.Attributes[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
    }

    private static void ReadVariants(ProductInput input, string value, List<Editing.FieldError> errors)
    {
        foreach (var item in List(value))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(new("variants", $"'{item}' is not SKU=value/value."));
                continue;
            }

            input.Variants.Add(new VariantInput { Sku = item[..equals].Trim(), Values = [.. item[(equals + 1)..].Split('/', StringSplitOptions.TrimEntries)] });
        }
    }
}
