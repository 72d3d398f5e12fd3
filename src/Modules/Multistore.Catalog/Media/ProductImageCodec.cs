using SkiaSharp;

namespace Multistore.Catalog.Media;

/// <summary>
/// Reads, resizes and writes product images with SkiaSharp. <see cref="SKCodec"/> reads the header first, so a
/// picture's size is known (and checked) before a pixel is decoded. Skia writes no GIF, so a GIF is kept as PNG.
/// An SVG (<see cref="SvgImage"/>) is kept as it is and served at every width: it scales by itself.
/// </summary>
internal static class ProductImageCodec
{
    /// <summary>JPEG and WebP quality: no visible loss on product photos at a third of the bytes of 100.</summary>
    private const int Quality = 82;

    private static readonly Dictionary<SKEncodedImageFormat, string> Extensions = new()
    {
        [SKEncodedImageFormat.Jpeg] = "jpg", [SKEncodedImageFormat.Png] = "png", [SKEncodedImageFormat.Webp] = "webp", [SKEncodedImageFormat.Gif] = "gif",
    };

    /// <summary>The format the content is in, its extension (null for a format we don't take) and its size; null when it is no image.</summary>
    public static (string FormatName, string? Extension, int Width, int Height)? ReadHeader(byte[] bytes)
    {
        if (SvgImage.LooksLikeSvg(bytes))
        {
            return SvgImage.Read(bytes, out _) is { } size ? ("SVG", "svg", size.Width, size.Height) : null;
        }

        using var codec = SKCodec.Create(new MemoryStream(bytes, writable: false));
        if (codec is null)
        {
            return null;
        }

        var format = codec.EncodedFormat;
        return (format.ToString().ToUpperInvariant(), Extensions.GetValueOrDefault(format), codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Why content that claims to be an image is refused before its header is read (an SVG with script), else null.</summary>
    public static string? Refusal(byte[] bytes)
    {
        if (!SvgImage.LooksLikeSvg(bytes))
        {
            return null;
        }

        SvgImage.Read(bytes, out var refusal);
        return refusal;
    }

    /// <summary>The extension an image of this kind is stored and served under: GIF becomes PNG, as Skia cannot write GIF.</summary>
    public static string StoredExtension(string extension) => extension == "gif" ? "png" : extension;

    /// <summary>The image re-encoded as <paramref name="extension"/> (a GIF's first frame as PNG); null when its pixels don't decode.</summary>
    public static byte[]? Convert(byte[] bytes, string extension)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes, writable: false));
        using var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        return bitmap is null ? null : Encode(bitmap, extension);
    }

    /// <summary>The image at <paramref name="path"/> scaled to <paramref name="width"/> (height in proportion), encoded like the file.</summary>
    public static byte[] Resize(string path, int width)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{path} is no longer a readable image.");
        using var original = SKBitmap.Decode(codec) ?? throw new InvalidDataException($"The pixels of {path} do not decode.");
        var height = Math.Max(1, (int)Math.Round(original.Height * (double)width / original.Width));

        // Mipmaps average the pixels a large reduction skips; a Mitchell cubic keeps edges sharp when it is small.
        var sampling = original.Width > width * 2
            ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)
            : new SKSamplingOptions(SKCubicResampler.Mitchell);
        using var resized = original.Resize(new SKImageInfo(width, height, original.ColorType, original.AlphaType), sampling)
            ?? throw new InvalidDataException($"{path} could not be scaled to {width} pixels.");
        return Encode(resized, Path.GetExtension(path).TrimStart('.'));
    }

    private static byte[] Encode(SKBitmap bitmap, string extension)
    {
        var format = StoredExtension(extension) switch
        {
            "jpg" => SKEncodedImageFormat.Jpeg,
            "webp" => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Png,
        };
        using var data = bitmap.Encode(format, Quality) ?? throw new InvalidDataException($"The image could not be written as {format}.");
        return data.ToArray();
    }
}
