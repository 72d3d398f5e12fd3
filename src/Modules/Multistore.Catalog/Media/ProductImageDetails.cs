using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Services;
using Multistore.Localization;

namespace Multistore.Catalog.Media;

/// <summary>
/// Saves the order of a product's images and their alt texts per culture. Everything is checked first (an image
/// removed meanwhile, a text too long): with any error nothing is saved, and each error names its field
/// as posted (<c>images[1].alt.de-DE</c>). <c>order</c> lists image ids in the order wanted; images it does not
/// name keep their order after the ones it does.
/// </summary>
internal sealed class ProductImageDetails(CatalogDbContext db, CatalogChangeLog changeLog)
{
    public async Task<IReadOnlyList<FieldError>> SaveAsync(Guid productId, IReadOnlyList<ProductImageInput> images, IReadOnlyList<Guid> order, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return [new("images", "The product no longer exists.")];
        }

        var stored = await db.ProductImages.Include(i => i.Texts).Where(i => i.ProductId == productId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var errors = Validate(images, stored);
        if (errors.Count == 0 && (order.Any(id => stored.All(s => s.Id != id)) || order.Distinct().Count() != order.Count))
        {
            errors.Add(new("images", "The order names an image that is not one of this product's; reload the page."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var wanted = order.Select(id => stored.Single(s => s.Id == id)).ToList();
        var positions = wanted.Concat(stored.Except(wanted)).ToList();
        for (var i = 0; i < positions.Count; i++)
        {
            positions[i].Position = i;
        }

        foreach (var input in images)
        {
            ApplyTexts(stored.Single(s => s.Id == input.Id), input.AltTexts);
        }

        product.UpdatedUtc = DateTime.UtcNow;
        await changeLog.SaveWithChangesAsync([(CatalogChangeKind.Product, productId.ToString())], cancellationToken);
        return [];
    }

    private static List<FieldError> Validate(IReadOnlyList<ProductImageInput> images, List<ProductImage> stored)
    {
        var errors = new List<FieldError>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < images.Count; i++)
        {
            if (!seen.Add(images[i].Id))
            {
                errors.Add(new($"images[{i}].id", "is given twice."));
            }
            else if (stored.All(s => s.Id != images[i].Id))
            {
                errors.Add(new($"images[{i}].id", "This image was removed in the meantime; reload the page to see the product's images."));
            }

            foreach (var (culture, alt) in images[i].AltTexts)
            {
                if (CultureNames.Check(culture) is { } cultureError)
                {
                    errors.Add(new($"images[{i}].alt.{culture}", cultureError));
                }
                else if (alt.Trim().Length > ProductImageText.MaxAltLength)
                {
                    errors.Add(new($"images[{i}].alt.{culture}", $"must be at most {ProductImageText.MaxAltLength} characters (it has {alt.Trim().Length})."));
                }
            }
        }

        return errors;
    }

    private static void ApplyTexts(ProductImage image, IReadOnlyDictionary<string, string> altTexts)
    {
        foreach (var (culture, alt) in altTexts)
        {
            var text = image.Texts.FirstOrDefault(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (string.IsNullOrWhiteSpace(alt))
            {
                if (text is not null)
                {
                    image.Texts.Remove(text);
                }

                continue;
            }

            if (text is null)
            {
                image.Texts.Add(text = new ProductImageText { ImageId = image.Id, Culture = culture });
            }

            text.Alt = alt.Trim();
        }
    }
}
