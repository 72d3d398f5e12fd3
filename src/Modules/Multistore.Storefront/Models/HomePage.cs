using Multistore.Catalog.Services;

namespace Multistore.Storefront.Models;

/// <summary>The home page: the newest products as cards and the categories to browse (roots first, each followed by its children).</summary>
public sealed record HomePage(IReadOnlyList<ProductCard> Products, IReadOnlyList<CategoryNode> Categories);
