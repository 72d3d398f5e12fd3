using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Media;
using Multistore.Catalog.Recipes;

namespace Multistore.Catalog.Import;

/// <summary>
/// Writes every product as the importer reads it, so export then import is a round trip. JSON and recipe exports
/// carry the images too (files base64-encoded, with their alt texts per culture); CSV carries no files.
/// </summary>
internal sealed class CatalogExporter(CatalogDbContext db, ProductImageFiles files)
{
    public Task<IReadOnlyList<ProductInput>> ReadAllAsync(CancellationToken cancellationToken) => ReadAllAsync(withImages: false, cancellationToken);

    public async Task<IReadOnlyList<ProductInput>> ReadAllAsync(bool withImages, CancellationToken cancellationToken)
    {
        var products = await ReadProductsAsync(cancellationToken);
        if (withImages)
        {
            var images = (await db.ProductImages.AsNoTracking().Include(i => i.Texts).ToListAsync(cancellationToken)).ToLookup(i => i.ProductId);
            foreach (var (product, input) in products)
            {
                input.Images = !images[product].Any() ? null : [.. await Task.WhenAll(images[product].OrderBy(i => i.Position).Select(i => ImageAsync(i, cancellationToken)))];
            }
        }

        return [.. products.Select(p => p.Input)];
    }

    private async Task<ImageInput> ImageAsync(ProductImage image, CancellationToken cancellationToken) => new()
    {
        Id = image.Id,
        Data = Convert.ToBase64String(await File.ReadAllBytesAsync(files.OriginalPath(image.FileName), cancellationToken)),
        Alt = image.Texts.OrderBy(t => t.Culture, StringComparer.Ordinal).ToDictionary(t => t.Culture, t => t.Alt, StringComparer.OrdinalIgnoreCase),
    };

    private async Task<List<(Guid Id, ProductInput Input)>> ReadProductsAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Key, cancellationToken);
        var products = await db.Products.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Sku)
            .Include(p => p.Translations).Include(p => p.Options).Include(p => p.Variants).Include(p => p.Attributes).Include(p => p.Categories)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return [.. products.Select(p => (p.Id, new ProductInput
        {
            Sku = p.Sku, Status = p.Status.ToString(), WeightKg = p.WeightKg, TaxClass = p.TaxClass,
            Categories = [.. p.Categories.Select(c => categories.GetValueOrDefault(c.CategoryId)).OfType<string>()],
            Attributes = p.Attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase),
            Options = [.. p.Options.OrderBy(o => o.Position).Select(o => o.Name)],
            Variants = [.. p.Variants.OrderBy(v => v.Position).Select(v => new VariantInput { Sku = v.Sku, Values = [.. v.Values], WeightKg = v.WeightKg })],
            Translations = p.Translations.ToDictionary(t => t.Culture, t => new TranslationInput
            {
                Name = t.Name, Slug = t.Slug, Description = t.Description, SeoTitle = t.SeoTitle, SeoDescription = t.SeoDescription,
            }, StringComparer.OrdinalIgnoreCase),
        }))];
    }

    public async Task WriteJsonAsync(Stream output, CancellationToken cancellationToken) =>
        await JsonSerializer.SerializeAsync(output, await ReadAllAsync(withImages: true, cancellationToken), CatalogJson.Options, cancellationToken);

    public async Task WriteCsvAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var products = await ReadAllAsync(cancellationToken);
        var cultures = products.SelectMany(p => p.Translations.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var header = CsvProductColumns.Fixed.Concat(cultures.SelectMany(c => CsvProductColumns.PerCulture.Select(column => $"{column}:{c}")));
        await output.WriteLineAsync(string.Join(',', header));
        foreach (var p in products)
        {
            var values = new List<string?>
            {
                p.Sku, p.Status, p.WeightKg?.ToString(CultureInfo.InvariantCulture), p.TaxClass, string.Join(';', p.Categories),
                string.Join(';', p.Attributes.Select(a => $"{a.Key}={a.Value}")), string.Join(';', p.Options),
                string.Join(';', p.Variants.Select(v => $"{v.Sku}={string.Join('/', v.Values)}")),
            };
            foreach (var culture in cultures)
            {
                var text = p.Translations.GetValueOrDefault(culture);
                values.AddRange([text?.Name, text?.Slug, text?.Description, text?.SeoTitle, text?.SeoDescription]);
            }

            await output.WriteLineAsync(string.Join(',', values.Select(CsvRows.Escape)));
        }
    }
}
