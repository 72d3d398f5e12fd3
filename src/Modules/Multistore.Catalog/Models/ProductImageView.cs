namespace Multistore.Catalog.Models;

/// <summary>A product image on the page: <c>{{ picture.url | image_url: width: 400 }}</c>, <c>alt="{{ picture.alt }}"</c>.</summary>
public sealed record ProductImageView(string Url, string Alt, int Width, int Height);
