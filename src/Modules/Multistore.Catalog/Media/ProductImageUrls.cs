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
            .Select(i => new ProductImageLink(i.Id, For(i), i.Width, i.Height, i.Texts.ToDictionary(t => t.Culture, t => t.Alt, StringComparer.OrdinalIgnoreCase)))];
}
