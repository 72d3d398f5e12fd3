namespace Multistore.Catalog.Domain;

/// <summary>
/// What a product image shows, in one culture: the <c>alt</c> text screen readers read out and browsers show when
/// the picture does not load. A culture without one falls back to the store's default culture.
/// </summary>
internal sealed class ProductImageText
{
    public const int MaxAltLength = 250;

    public Guid ImageId { get; set; }
    public string Culture { get; set; } = "";
    public string Alt { get; set; } = "";
}
