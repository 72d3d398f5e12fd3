using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Services;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;

namespace Multistore.Catalog.Media;

/// <summary>
/// Adds, reorders and removes a product's images. An upload is checked by its content, not its name: it must be a
/// JPEG, PNG, WebP or GIF within <see cref="ImageUploadLimits"/>; anything else is refused with the reason.
/// </summary>
public sealed class ProductImageUploads(CatalogDbContext db, ProductImageFiles files, CatalogChangeLog changeLog)
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JPEG"] = "jpg", ["PNG"] = "png", ["Webp"] = "webp", ["GIF"] = "gif",
    };

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
        var (info, format) = Identify(bytes);
        if (info is null || format is null)
        {
            return new("image", "is not an image: upload a JPEG, PNG, WebP or GIF file.");
        }

        if (!Extensions.TryGetValue(format.Name, out var extension))
        {
            return new("image", $"is a {format.Name} image; upload a JPEG, PNG, WebP or GIF file.");
        }

        if (info.Width > ImageUploadLimits.MaxSide || info.Height > ImageUploadLimits.MaxSide)
        {
            return new("image", $"is {info.Width}×{info.Height} pixels; images may be at most {ImageUploadLimits.MaxSide} pixels wide and high.");
        }

        var image = new ProductImage
        {
            ProductId = product.Id, Position = product.Images.Count, Extension = extension, Width = info.Width, Height = info.Height, Bytes = bytes.Length,
        };
        await files.WriteOriginalAsync(image.FileName, bytes, cancellationToken);
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

    private static (IImageInfo? Info, IImageFormat? Format) Identify(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var info = Image.Identify(stream, out var format);
            return (info, format);
        }
        catch (Exception exception) when (exception is UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return (null, null);
        }
    }
}
