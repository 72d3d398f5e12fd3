namespace Multistore.Catalog.Editing;

/// <summary>
/// A product image in an export or import: <see cref="Id"/> names an image the product already has (its file is
/// kept, only position and alt texts change); otherwise <see cref="Data"/> holds the file, base64-encoded.
/// </summary>
public sealed class ImageInput
{
    public Guid? Id { get; set; }

    /// <summary>The image file (JPEG, PNG, WebP, GIF or SVG), base64-encoded; required for an image the product does not have yet.</summary>
    public string? Data { get; set; }

    /// <summary>
    /// In a recipe only: the image file's path relative to the recipes folder (<c>media/nordic/parka.svg</c>), read
    /// into <see cref="Data"/> before the step is checked.
    /// </summary>
    public string? File { get; set; }

    /// <summary>The alt text per culture: the image's whole set, cultures not given have none.</summary>
    public Dictionary<string, string> Alt { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
