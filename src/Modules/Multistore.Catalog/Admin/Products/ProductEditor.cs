using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Services;
using Multistore.Pricing.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>
/// Saves the editor's form: reads it, validates the product and its prices, then saves the product (with its
/// change-log row) and its prices. Nothing is saved when any field is wrong.
/// </summary>
internal sealed class ProductEditor(CatalogDbContext db, ProductWriter writer, IPriceListEditor prices, CatalogChangeLog changeLog, IStringLocalizer<AdminText> t)
{
    /// <summary>Saves a new product (<paramref name="id"/> null) or an existing one; the id, or the errors by field.</summary>
    public async Task<(Guid? Id, IReadOnlyList<FieldError> Errors)> SaveAsync(Guid? id, ProductForm form, string defaultCulture, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var existing = id is { } productId
            ? await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Sku, Variants = p.Variants.Select(v => v.Sku).ToList() }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (id is not null && existing is null)
        {
            errors.Add(new("sku", "This product no longer exists; it may have been deleted by someone else."));
            return (null, errors);
        }

        if (existing is not null)
        {
            form.Sku = existing.Sku;
        }
        else if (form.Sku.Length > 0 && await db.Products.AnyAsync(p => p.Sku == form.Sku, cancellationToken))
        {
            errors.Add(new("sku", t["'{0}' already belongs to another product.", form.Sku]));
        }

        var (input, listPrices) = ProductFormMapper.Map(form, errors);
        if (!input.Translations.ContainsKey(defaultCulture))
        {
            errors.Add(new($"translations.{defaultCulture}.name", "is required in the store's default language."));
        }

        errors.AddRange(ProductInputValidator.Validate(input).Select(e => e with { Field = FieldOf(e.Field) }));
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var result = await writer.SaveAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            return (null, [.. result.Errors.Select(e => e with { Field = FieldOf(e.Field) })]);
        }

        var removed = existing?.Variants.Where(sku => !input.Variants.Any(v => string.Equals(v.Sku, sku, StringComparison.OrdinalIgnoreCase))).ToList() ?? [];
        await prices.SaveAsync(listPrices, removed, cancellationToken);
        return (result.ProductId, errors);
    }

    /// <summary>Publishes, hides or archives a product; false when there is no such product.</summary>
    public async Task<bool> SetStatusAsync(Guid id, ProductStatus status, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return false;
        }

        product.Status = status;
        product.UpdatedUtc = DateTime.UtcNow;
        await changeLog.SaveWithChangesAsync([(CatalogChangeKind.Product, product.Id.ToString())], cancellationToken);
        return true;
    }

    /// <summary>The form input a validator's field belongs to: <c>categories[2]</c> is shown at the categories.</summary>
    public static string FieldOf(string field) => field.StartsWith("categories", StringComparison.Ordinal) ? "categories" : field;
}
