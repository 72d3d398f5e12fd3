namespace Multistore.Catalog.Media;

/// <summary>
/// A product's images as pages and the API link them. Published so a page or an API response lists a product's
/// images without reading the Catalog module's image rows.
/// </summary>
public interface IProductImages
{
    /// <summary>The product's images in order, with their tenant-relative URLs and alt texts in every culture.</summary>
    Task<IReadOnlyList<ProductImageLink>> ForProductAsync(Guid productId, CancellationToken cancellationToken);

    /// <summary>The images of each of <paramref name="productIds"/> in one query; a product without images is absent.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ProductImageLink>>> ForProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
