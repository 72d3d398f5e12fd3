using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;

namespace Multistore.Catalog.Editing;

/// <summary>
/// Creates or updates a product by SKU from a <see cref="ProductInput"/>: validates, checks clashes with other
/// products, sanitizes descriptions, and saves the product with its change-log row in one transaction. Images given
/// (imports and recipes) replace the product's; their new files are removed again when the save fails.
/// </summary>
internal sealed class ProductWriter(CatalogDbContext db, CatalogChangeLog changeLog, DescriptionSanitizer sanitizer, ProductImageImport images)
{
    public async Task<ProductWriteResult> SaveAsync(ProductInput input, CancellationToken cancellationToken)
    {
        var errors = ProductInputValidator.Validate(input);
        if (errors.Count > 0)
        {
            return ProductWriteResult.Failed(errors);
        }

        var product = await db.Products
            .Include(p => p.Translations).Include(p => p.Options).Include(p => p.Variants).Include(p => p.Attributes).Include(p => p.Categories)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Sku == input.Sku, cancellationToken);
        var productId = product?.Id ?? Guid.NewGuid();
        var categoryIds = await ResolveCategoriesAsync(input, errors, cancellationToken);
        await CheckClashesAsync(input, productId, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return ProductWriteResult.Failed(errors);
        }

        if (product is null)
        {
            product = new Product { Id = productId, Sku = input.Sku, SortOrder = await db.Products.CountAsync(cancellationToken) };
            db.Products.Add(product);
        }

        new ProductInputApplier(sanitizer).Apply(input, product, categoryIds);
        var imageChanges = await ApplyImagesAsync(input, product, errors, cancellationToken);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ProductWriteResult.Failed(errors);
        }

        try
        {
            await changeLog.SaveWithChangesAsync([(CatalogChangeKind.Product, product.Id.ToString())], cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            db.ChangeTracker.Clear();
            imageChanges?.Discarded();
            return ProductWriteResult.Failed([new("sku", $"could not be saved: {exception.InnerException?.Message ?? exception.Message}")]);
        }

        imageChanges?.Saved();
        return ProductWriteResult.Saved(product.Id);
    }

    private async Task<ProductImageChanges?> ApplyImagesAsync(ProductInput input, Product product, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (input.Images is null)
        {
            return null;
        }

        if (db.Entry(product).State != EntityState.Added)
        {
            await db.Entry(product).Collection(p => p.Images).Query().Include(i => i.Texts).LoadAsync(cancellationToken);
        }

        return await images.ApplyAsync(input.Images, product, errors, cancellationToken);
    }

    private async Task<List<Guid>> ResolveCategoriesAsync(ProductInput input, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var keys = input.Categories.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = await db.Categories.AsNoTracking().Where(c => keys.Contains(c.Key)).Select(c => new { c.Key, c.Id }).ToListAsync(cancellationToken);
        for (var i = 0; i < input.Categories.Count; i++)
        {
            if (!found.Any(c => string.Equals(c.Key, input.Categories[i], StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new($"categories[{i}]", $"There is no category '{input.Categories[i]}'."));
            }
        }

        return [.. found.Select(c => c.Id)];
    }

    private async Task CheckClashesAsync(ProductInput input, Guid productId, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var skus = input.Variants.Select(v => v.Sku).Append(input.Sku).ToList();
        var takenByVariants = await db.ProductVariants.AsNoTracking().Where(v => skus.Contains(v.Sku) && v.ProductId != productId).Select(v => v.Sku).ToListAsync(cancellationToken);
        var takenByProducts = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku) && p.Id != productId).Select(p => p.Sku).ToListAsync(cancellationToken);
        var taken = new HashSet<string>(takenByVariants.Concat(takenByProducts), StringComparer.OrdinalIgnoreCase);
        if (taken.Contains(input.Sku))
        {
            errors.Add(new("sku", $"SKU '{input.Sku}' already belongs to another product."));
        }

        for (var i = 0; i < input.Variants.Count; i++)
        {
            if (taken.Contains(input.Variants[i].Sku))
            {
                errors.Add(new($"variants[{i}].sku", $"SKU '{input.Variants[i].Sku}' already belongs to another product."));
            }
        }

        foreach (var (culture, text) in input.Translations)
        {
            var slug = Slugs.From(string.IsNullOrWhiteSpace(text.Slug) ? text.Name : text.Slug);
            if (await db.ProductTranslations.AnyAsync(t => t.Culture == culture && t.Slug == slug && t.ProductId != productId, cancellationToken))
            {
                errors.Add(new($"translations.{culture}.slug", $"'{slug}' is already the address of another product in {culture}."));
            }
        }
    }
}
