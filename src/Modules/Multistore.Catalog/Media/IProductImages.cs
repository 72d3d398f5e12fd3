namespace Multistore.Catalog.Media;

/// <summary>
/// A product's images as pages and the API link them. Published so a page or an API response lists a product's
/// images without reading the Catalog module's image rows.
/// </summary>
public interface IProductImages
{
    /// <summary>The product's images in order, with their tenant-relative URLs and alt texts in every culture.</summary>
    Task<IReadOnlyList<ProductImageLink>> ForProductAsync(Guid productId, CancellationToken cancellationToken);

    /// <summary>
    /// The images of several products in one read (a feed's page), each product's in order; a product without images
    /// is absent from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ProductImageLink>>> ForProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}
