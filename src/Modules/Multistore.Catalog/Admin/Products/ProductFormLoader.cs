using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Editing;
using Multistore.Commerce;
using Multistore.Pricing.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>Fills the editor's form from a stored product and its prices in every price list.</summary>
internal sealed class ProductFormLoader(CatalogDbContext db, IPriceListEditor prices)
{
    public async Task<ProductForm?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking()
            .Include(p => p.Translations).Include(p => p.Options).Include(p => p.Variants).Include(p => p.Attributes).Include(p => p.Categories)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var categoryIds = product.Categories.Select(c => c.CategoryId).ToList();
        var categoryKeys = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).Select(c => c.Key).ToListAsync(cancellationToken);
        var skus = product.Variants.Select(v => v.Sku).Append(product.Sku).ToList();
        var entries = await prices.EntriesAsync(skus, cancellationToken);
        var currencies = (await prices.ListsAsync(cancellationToken)).ToDictionary(l => l.Id, l => l.Currency);
        var form = new ProductForm
        {
            Sku = product.Sku,
            Status = product.Status.ToString(),
            WeightKg = product.WeightKg == 0 ? "" : product.WeightKg.ToString("0.####", CultureInfo.InvariantCulture),
            TaxClass = product.TaxClass,
            Categories = categoryKeys,
            Options = string.Join(", ", product.Options.OrderBy(o => o.Position).Select(o => o.Name)),
            Attributes = string.Join('\n', product.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => $"{a.Name}={a.Value}")),
        };
        foreach (var text in product.Translations)
        {
            form.Translations[text.Culture] = new TranslationInput
            {
                Name = text.Name, Slug = text.Slug, Description = text.Description, SeoTitle = text.SeoTitle, SeoDescription = text.SeoDescription,
            };
        }

        Fill(form.Prices, product.Sku, entries, currencies);
        foreach (var variant in product.Variants.OrderBy(v => v.Position))
        {
            var row = new VariantRow { Sku = variant.Sku, Values = variant.DisplayName, WeightKg = variant.WeightKg?.ToString("0.####", CultureInfo.InvariantCulture) ?? "" };
            Fill(row.Prices, variant.Sku, entries, currencies);
            form.Variants.Add(row);
        }

        return form;
    }

    private static void Fill(PriceCells cells, string sku, IReadOnlyList<ListPrice> entries, Dictionary<Guid, string> currencies)
    {
        foreach (var entry in entries.Where(e => string.Equals(e.Sku, sku, StringComparison.OrdinalIgnoreCase)))
        {
            var format = $"F{Currency.MinorUnits(currencies.GetValueOrDefault(entry.PriceListId, "XXX"))}";
            cells.Amounts[entry.PriceListId] = entry.Amount.ToString(format, CultureInfo.InvariantCulture);
            cells.CompareAt[entry.PriceListId] = entry.CompareAtAmount?.ToString(format, CultureInfo.InvariantCulture) ?? "";
        }
    }
}
