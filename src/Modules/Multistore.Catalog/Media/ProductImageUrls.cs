using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog.Media;

/// <summary>The tenant-relative URLs of product images; <c>image_url: width: 400</c> appends the width the media endpoint serves.</summary>
internal sealed class ProductImageUrls(CatalogDbContext db, IHttpContextAccessor http) : IProductImages
{
    public const string Prefix = "/media/products/";

    public string For(ProductImage image) => $"{http.HttpContext?.Request.PathBase}{Prefix}{image.FileName}";

    /// <summary>The product's images in order, with their alt texts in every culture.</summary>
    public async Task<IReadOnlyList<ProductImageLink>> ForProductAsync(Guid productId, CancellationToken cancellationToken) =>
        [.. (await db.ProductImages.AsNoTracking().Include(i => i.Texts).Where(i => i.ProductId == productId).OrderBy(i => i.Position).ToListAsync(cancellationToken))
            .Select(LinkOf)];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ProductImageLink>>> ForProductsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        if (productIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<ProductImageLink>>();
        }

        var ids = productIds.Distinct().ToList();
        var images = await db.ProductImages.AsNoTracking().Include(i => i.Texts).Where(i => ids.Contains(i.ProductId)).AsSplitQuery().ToListAsync(cancellationToken);
        return images.GroupBy(i => i.ProductId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProductImageLink>)[.. g.OrderBy(i => i.Position).Select(LinkOf)]);
    }

    private ProductImageLink LinkOf(ProductImage image) =>
        new(image.Id, For(image), image.Width, image.Height, image.Texts.ToDictionary(t => t.Culture, t => t.Alt, StringComparer.OrdinalIgnoreCase));
}
