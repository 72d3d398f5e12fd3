using System.Globalization;
using Microsoft.AspNetCore.Http;
using Multistore.Catalog.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>
/// Reads a posted product form; blank variant rows (the editor's spare rows) are dropped. A culture's column is read
/// only when it was posted: an emptied column (posted blank) deletes that culture's texts, a missing one keeps them.
/// </summary>
public static class ProductFormReader
{
    public static ProductForm Read(IFormCollection form, IReadOnlyList<string> cultures, IReadOnlyList<Guid> priceLists)
    {
        var result = new ProductForm
        {
            Sku = form["sku"].ToString().Trim(),
            Status = form["status"].ToString() is { Length: > 0 } status ? status : "Draft",
            WeightKg = form["weightKg"].ToString().Trim(),
            TaxClass = form["taxClass"].ToString().Trim(),
            Categories = [.. form["categories"].OfType<string>().Where(c => c.Length > 0)],
            Options = form["options"].ToString(),
            Attributes = form["attributes"].ToString(),
        };
        foreach (var culture in cultures)
        {
            var at = $"translations.{culture}.";
            if (!form.Keys.Any(k => k.StartsWith(at, StringComparison.OrdinalIgnoreCase)))
            {
                // Not in the form at all (not an emptied column): the stored texts stay as they are.
                continue;
            }

            result.Translations[culture] = new TranslationInput
            {
                Name = form[at + "name"].ToString(),
                Slug = form[at + "slug"].ToString(),
                Description = form[at + "description"].ToString(),
                SeoTitle = form[at + "seoTitle"].ToString(),
                SeoDescription = form[at + "seoDescription"].ToString(),
            };
        }

        ReadPrices(form, "", priceLists, result.Prices);
        for (var i = 0; i < RowCount(form); i++)
        {
            var at = $"variants[{i}].";
            var row = new VariantRow
            {
                Sku = form[at + "sku"].ToString().Trim(),
                Values = form[at + "values"].ToString().Trim(),
                WeightKg = form[at + "weightKg"].ToString().Trim(),
            };
            ReadPrices(form, at, priceLists, row.Prices);
            if (!row.IsBlank)
            {
                result.Variants.Add(row);
            }
        }

        return result;
    }

    private static void ReadPrices(IFormCollection form, string prefix, IReadOnlyList<Guid> priceLists, PriceCells cells)
    {
        foreach (var list in priceLists)
        {
            cells.Amounts[list] = form[$"{prefix}prices[{list}]"].ToString().Trim();
            cells.CompareAt[list] = form[$"{prefix}compareAt[{list}]"].ToString().Trim();
        }
    }

    private static int RowCount(IFormCollection form)
    {
        var count = 0;
        foreach (var key in form.Keys)
        {
            if (key.StartsWith("variants[", StringComparison.Ordinal) && key.IndexOf(']', StringComparison.Ordinal) is > 9 and var end
                && int.TryParse(key.AsSpan(9, end - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < 500)
            {
                count = Math.Max(count, index + 1);
            }
        }

        return count;
    }
}
