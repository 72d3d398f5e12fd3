using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;

namespace Multistore.Catalog.Media;

/// <summary>
/// Gives a tracked product (images and their texts loaded) the images of an import, in order: an image it already
/// has (same id) keeps its file and takes the given alt texts; a new one is written from its data, under the id the
/// export gave it when that id is free; images not given are removed. Everything is checked before a file is written.
/// </summary>
internal sealed class ProductImageImport(CatalogDbContext db, ProductImageFiles files)
{
    public async Task<ProductImageChanges> ApplyAsync(IReadOnlyList<ImageInput> images, Product product, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var prepared = new List<(ImageInput Input, ProductImage? Existing, byte[]? File, string Extension)>();
        for (var i = 0; i < images.Count; i++)
        {
            var input = images[i];
            var existing = product.Images.FirstOrDefault(image => image.Id == input.Id);
            if (existing is not null)
            {
                prepared.Add((input, existing, null, existing.Extension));
            }
            else if (input.Data is null)
            {
                errors.Add(new($"images[{i}].data", $"is required: this product has no image {input.Id}."));
            }
            else if (Stored(input.Data, $"images[{i}].data", errors) is { } file)
            {
                prepared.Add((input, null, file.Bytes, file.Extension));
            }
        }

        if (errors.Count > 0)
        {
            return ProductImageChanges.None(files);
        }

        var written = new List<string>();
        var kept = new List<ProductImage>();
        foreach (var (input, existing, file, extension) in prepared)
        {
            var image = existing ?? await NewImageAsync(input, product, file!, extension, cancellationToken);
            if (existing is null)
            {
                written.Add(image.FileName);
            }

            image.Position = kept.Count;
            ApplyTexts(image, input.Alt);
            kept.Add(image);
        }

        var removed = product.Images.Where(i => !kept.Contains(i)).ToList();
        removed.ForEach(i => product.Images.Remove(i));
        product.Images.AddRange([.. kept.Where(i => !product.Images.Contains(i))]);
        return new ProductImageChanges(files, written, [.. removed.Select(i => i.FileName)]);
    }

    private async Task<ProductImage> NewImageAsync(ImageInput input, Product product, byte[] file, string extension, CancellationToken cancellationToken)
    {
        var id = input.Id is { } wanted && !await db.ProductImages.AnyAsync(i => i.Id == wanted, cancellationToken) ? wanted : Guid.NewGuid();
        var header = ProductImageCodec.ReadHeader(file)!.Value;
        var image = new ProductImage { Id = id, ProductId = product.Id, Extension = extension, Width = header.Width, Height = header.Height, Bytes = file.Length };
        await files.WriteOriginalAsync(image.FileName, file, cancellationToken);
        db.ProductImages.Add(image);
        return image;
    }

    /// <summary>The file as it is stored (a GIF as PNG) with its extension, or null with the reason.</summary>
    private static (byte[] Bytes, string Extension)? Stored(string data, string field, List<FieldError> errors)
    {
        if (ImageInputValidator.Decode(data, field, errors) is not { } bytes || ProductImageCodec.ReadHeader(bytes) is not { Extension: { } format } header)
        {
            return null;
        }

        var extension = ProductImageCodec.StoredExtension(format);
        var stored = extension == format ? bytes : ProductImageCodec.Convert(bytes, extension);
        if (stored is null)
        {
            errors.Add(new(field, $"is a damaged {header.FormatName} image: its pixels could not be read."));
        }

        return stored is null ? null : (stored, extension);
    }

    private static void ApplyTexts(ProductImage image, Dictionary<string, string> alt)
    {
        image.Texts.RemoveAll(t => !alt.TryGetValue(t.Culture, out var text) || string.IsNullOrWhiteSpace(text));
        foreach (var (culture, text) in alt.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
        {
            var stored = image.Texts.FirstOrDefault(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (stored is null)
            {
                image.Texts.Add(stored = new ProductImageText { ImageId = image.Id, Culture = culture });
            }

            stored.Alt = text.Trim();
        }
    }
}
