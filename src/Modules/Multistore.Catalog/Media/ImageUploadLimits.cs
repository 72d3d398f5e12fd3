namespace Multistore.Catalog.Media;

/// <summary>What an uploaded product image may be.</summary>
public static class ImageUploadLimits
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Larger pictures are refused before they are decoded (a small file can claim huge dimensions).</summary>
    public const int MaxSide = 8000;

    public const int MaxImagesPerProduct = 20;
}
