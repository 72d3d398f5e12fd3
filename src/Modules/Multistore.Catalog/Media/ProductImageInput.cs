namespace Multistore.Catalog.Media;

/// <summary>An image of a product as the editor posts it: its id and its alt text per culture (blank removes the text).</summary>
public sealed record ProductImageInput(Guid Id, IReadOnlyDictionary<string, string> AltTexts);
