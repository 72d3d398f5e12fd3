namespace Multistore.Catalog.Media;

/// <summary>An image of a product as pages link it: <c>url</c> takes <c>image_url: width: 400</c> for a resized copy.</summary>
public sealed record ProductImageLink(Guid Id, string Url, int Width, int Height);
