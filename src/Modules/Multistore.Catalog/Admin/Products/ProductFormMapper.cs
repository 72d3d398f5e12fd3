using System.Globalization;
using Multistore.Catalog.Editing;
using Multistore.Pricing.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>
/// Turns the typed form into a <see cref="ProductInput"/> and list prices, naming each field it cannot read
/// (a weight or price that is not a number, an attribute line without "=").
/// </summary>
public static class ProductFormMapper
{
    public static (ProductInput Input, List<ListPriceInput> Prices) Map(ProductForm form, List<FieldError> errors)
    {
        var input = new ProductInput
        {
            Sku = form.Sku,
            Status = form.Status,
            WeightKg = Number(form.WeightKg, "weightKg", errors) ?? 0,
            TaxClass = form.TaxClass,
            Categories = [.. form.Categories],
            Options = [.. form.Options.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        };
        foreach (var (culture, text) in form.Translations)
        {
            if (!string.IsNullOrWhiteSpace(text.Name) || !string.IsNullOrWhiteSpace(text.Description)
                || !string.IsNullOrWhiteSpace(text.SeoTitle) || !string.IsNullOrWhiteSpace(text.SeoDescription) || !string.IsNullOrWhiteSpace(text.Slug))
            {
                input.Translations[culture] = text;
            }
            else
            {
                // A column emptied in the editor: its stored texts go, and the store shows the default culture's.
                input.RemovedTranslations.Add(culture);
            }
        }

        ReadAttributes(form.Attributes, input, errors);
        var prices = new List<ListPriceInput>();
        for (var i = 0; i < form.Variants.Count; i++)
        {
            var row = form.Variants[i];
            var at = $"variants[{i}].";
            input.Variants.Add(new VariantInput
            {
                Sku = row.Sku,
                Values = [.. row.Values.Split('/', StringSplitOptions.TrimEntries)],
                WeightKg = Number(row.WeightKg, at + "weightKg", errors),
            });
            prices.AddRange(Prices(row.Sku, row.Prices, at, errors));
        }

        if (input.Variants.Count == 0 || !form.Prices.IsBlank)
        {
            prices.AddRange(Prices(form.Sku, form.Prices, "", errors));
        }

        return (input, prices);
    }

    private static List<ListPriceInput> Prices(string sku, PriceCells cells, string prefix, List<FieldError> errors)
    {
        var result = new List<ListPriceInput>();
        foreach (var (list, text) in cells.Amounts)
        {
            var amount = Number(text, $"{prefix}prices[{list}]", errors);
            var compareAt = Number(cells.CompareAtIn(list), $"{prefix}compareAt[{list}]", errors);
            if (amount is null && compareAt is not null)
            {
                errors.Add(new($"{prefix}prices[{list}]", "is required when there is a compare-at price."));
            }
            else if (amount is { } price && compareAt is { } was && was <= price)
            {
                errors.Add(new($"{prefix}compareAt[{list}]", "must be higher than the price (it is shown struck through)."));
            }

            result.Add(new ListPriceInput(list, sku, amount, compareAt));
        }

        return result;
    }

    private static void ReadAttributes(string text, ProductInput input, List<FieldError> errors)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var equals = lines[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == lines[i].Length - 1)
            {
                errors.Add(new("attributes", $"Line {i + 1} '{lines[i]}' must be name=value, e.g. material=cotton."));
            }
            else if (!input.Attributes.TryAdd(lines[i][..equals].Trim(), lines[i][(equals + 1)..].Trim()))
            {
                errors.Add(new("attributes", $"Line {i + 1}: '{lines[i][..equals].Trim()}' is given twice."));
            }
        }
    }

    /// <summary>A non-negative number with a point or a comma as decimal separator; blank is null.</summary>
    private static decimal? Number(string text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (!normalized.Contains('.', StringComparison.Ordinal))
        {
            normalized = normalized.Replace(',', '.');
        }

        if (normalized.StartsWith('-'))
        {
            errors.Add(new(field, "must not be negative."));
            return null;
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new(field, $"'{text}' is not a number (use digits and a decimal point, e.g. 19.90)."));
            return null;
        }

        return value;
    }
}
