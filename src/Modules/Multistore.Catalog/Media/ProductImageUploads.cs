using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Services;

namespace Multistore.Catalog.Media;

/// <summary>
/// Adds, reorders and removes a product's images. An upload is checked by its content, not its name: it must be a
/// JPEG, PNG, WebP, GIF or SVG (drawing only, no script) within <see cref="ImageUploadLimits"/>; anything else is refused with the reason. The size
/// is read from the header, before any pixel is decoded. A GIF is kept as PNG (its first frame), as Skia cannot write GIF.
/// </summary>
internal sealed class ProductImageUploads(CatalogDbContext db, ProductImageFiles files, CatalogChangeLog changeLog)
{
    public async Task<FieldError?> AddAsync(Guid productId, Stream content, long length, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return new("image", "Choose an image file to upload.");
        }

        if (length > ImageUploadLimits.MaxBytes)
        {
            return new("image", $"is {length / 1024 / 1024.0:0.#} MB; images may be at most {ImageUploadLimits.MaxBytes / 1024 / 1024} MB.");
        }

        var product = await db.Products.Include(p => p.Images).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return new("image", "The product no longer exists.");
        }

        if (product.Images.Count >= ImageUploadLimits.MaxImagesPerProduct)
        {
            return new("image", $"A product has at most {ImageUploadLimits.MaxImagesPerProduct} images; remove one first.");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (ProductImageCodec.Refusal(bytes) is { } refusal)
        {
            return new("image", refusal);
        }

        if (ProductImageCodec.ReadHeader(bytes) is not { } header)
        {
            return new("image", "is not an image: upload a JPEG, PNG, WebP, GIF or SVG file.");
        }

        if (header.Extension is null)
        {
            return new("image", $"is a {header.FormatName} image; upload a JPEG, PNG, WebP, GIF or SVG file.");
        }

        if (header.Width > ImageUploadLimits.MaxSide || header.Height > ImageUploadLimits.MaxSide)
        {
            return new("image", $"is {header.Width}×{header.Height} pixels; images may be at most {ImageUploadLimits.MaxSide} pixels wide and high.");
        }

        var extension = ProductImageCodec.StoredExtension(header.Extension);
        var stored = extension == header.Extension ? bytes : ProductImageCodec.Convert(bytes, extension);
        if (stored is null)
        {
            return new("image", $"is a damaged {header.FormatName} image: its pixels could not be read.");
        }

        var image = new ProductImage
        {
            ProductId = product.Id, Position = product.Images.Count, Extension = extension, Width = header.Width, Height = header.Height, Bytes = stored.Length,
        };
        await files.WriteOriginalAsync(image.FileName, stored, cancellationToken);
        db.ProductImages.Add(image);
        product.UpdatedUtc = DateTime.UtcNow;
        await changeLog.SaveWithChangesAsync([(CatalogChangeKind.Product, product.Id.ToString())], cancellationToken);
        return null;
    }

    public async Task<bool> RemoveAsync(Guid productId, Guid imageId, CancellationToken cancellationToken)
    {
        var images = await db.ProductImages.Where(i => i.ProductId == productId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var image = images.FirstOrDefault(i => i.Id == imageId);
        if (image is null)
        {
            return false;
        }

        db.ProductImages.Remove(image);
        images.Remove(image);
        for (var i = 0; i < images.Count; i++)
        {
            images[i].Position = i;
        }

        await changeLog.SaveWithChangesAsync([(CatalogChangeKind.Product, productId.ToString())], cancellationToken);
        files.Delete(image.FileName);
        return true;
    }
}
