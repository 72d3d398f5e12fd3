namespace Multistore.Catalog.Domain;

/// <summary>
/// An uploaded picture of a product, stored as a file under the tenant's folder and named by <see cref="Id"/>;
/// a new upload is a new id, so a URL's content never changes and can be cached forever.
/// </summary>
internal sealed class ProductImage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProductId { get; set; }
    public int Position { get; set; }

    /// <summary>"jpg", "png", "webp" or "gif": the file's format as read from its content, not its name.</summary>
    public string Extension { get; set; } = "";

    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }
    public DateTime UploadedUtc { get; set; } = DateTime.UtcNow;

    /// <summary>The alt text per culture.</summary>
    public List<ProductImageText> Texts { get; set; } = [];

    public string FileName => $"{Id:N}.{Extension}";
}
