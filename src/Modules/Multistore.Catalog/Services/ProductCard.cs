using Multistore.Commerce;

namespace Multistore.Catalog.Services;

/// <summary>
/// A product in a list, as every theme's <c>product-card</c> partial reads it: the home page, a category and search
/// results all fill this one shape. <see cref="Description"/> is there where the list has the text at hand
/// (the home page), null where it has not (search hits).
/// </summary>
public sealed record ProductCard(string Sku, string Name, string Url, Money? Price, Money? CompareAt, string? Description = null);
