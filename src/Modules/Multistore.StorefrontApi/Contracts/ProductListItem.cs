using System.Text.Json.Serialization;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>
/// A product in a list, priced in the list's currency. Money is <c>{ amount, currency }</c>. <see cref="Price"/> is the
/// product's own price, else the lowest of its variants'; a cart line names one of <see cref="Variants"/>.
/// </summary>
public sealed record ProductListItem(
    Guid Id,
    string Sku,
    string Name,
    string Slug,
    Money? Price,
    Money? CompareAt,
    IReadOnlyList<ProductOption> Options,
    IReadOnlyList<ProductVariant> Variants,
    IReadOnlyList<ProductImage> Images)
{
    /// <summary>Why a recommendation list holds this product (bought-together, similar, popular); absent elsewhere.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
}
