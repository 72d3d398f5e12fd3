using Multistore.Catalog.Domain;
using Multistore.Catalog.Media;
using Multistore.Localization;

namespace Multistore.Catalog.Editing;

/// <summary>Checks a product's <see cref="ImageInput"/>s on their own: count, file content (read from its header only) and alt texts.</summary>
internal static class ImageInputValidator
{
    public static void Validate(IReadOnlyList<ImageInput> images, List<FieldError> errors)
    {
        if (images.Count > ImageUploadLimits.MaxImagesPerProduct)
        {
            errors.Add(new("images", $"A product has at most {ImageUploadLimits.MaxImagesPerProduct} images, not {images.Count}."));
        }

        var ids = new HashSet<Guid>();
        for (var i = 0; i < images.Count; i++)
        {
            var at = $"images[{i}]";
            if (images[i].Id is { } id && !ids.Add(id))
            {
                errors.Add(new($"{at}.id", "is given twice."));
            }

            if (images[i].Data is { } data)
            {
                CheckData(data, $"{at}.data", errors);
            }
            else if (images[i].Id is null)
            {
                errors.Add(new($"{at}.data", "is required: the image file, base64-encoded."));
            }

            foreach (var (culture, alt) in images[i].Alt)
            {
                if (CultureNames.Check(culture) is { } cultureError)
                {
                    errors.Add(new($"{at}.alt.{culture}", cultureError));
                }
                else if (alt.Trim().Length > ProductImageText.MaxAltLength)
                {
                    errors.Add(new($"{at}.alt.{culture}", $"must be at most {ProductImageText.MaxAltLength} characters (it has {alt.Trim().Length})."));
                }
            }
        }
    }

    /// <summary>The decoded file, or null with an error naming <paramref name="field"/>.</summary>
    public static byte[]? Decode(string data, string field, List<FieldError> errors)
    {
        var bytes = new byte[data.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(data.Trim(), bytes, out var length))
        {
            errors.Add(new(field, "is not base64: give the image file base64-encoded."));
            return null;
        }

        return bytes[..length];
    }

    private static void CheckData(string data, string field, List<FieldError> errors)
    {
        if (data.Length / 4 * 3 > ImageUploadLimits.MaxBytes)
        {
            errors.Add(new(field, $"images may be at most {ImageUploadLimits.MaxBytes / 1024 / 1024} MB."));
            return;
        }

        if (Decode(data, field, errors) is not { } bytes)
        {
            return;
        }

        if (ProductImageCodec.Refusal(bytes) is { } refusal)
        {
            errors.Add(new(field, refusal));
        }
        else if (ProductImageCodec.ReadHeader(bytes) is not { } header)
        {
            errors.Add(new(field, "is not an image: give a JPEG, PNG, WebP, GIF or SVG file."));
        }
        else if (header.Extension is null)
        {
            errors.Add(new(field, $"is a {header.FormatName} image; give a JPEG, PNG, WebP, GIF or SVG file."));
        }
        else if (header.Width > ImageUploadLimits.MaxSide || header.Height > ImageUploadLimits.MaxSide)
        {
            errors.Add(new(field, $"is {header.Width}×{header.Height} pixels; images may be at most {ImageUploadLimits.MaxSide} pixels wide and high."));
        }
    }
}
