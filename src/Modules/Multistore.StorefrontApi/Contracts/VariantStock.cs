using System.Text.Json.Serialization;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>
/// A variant's stock as a shopper sees it: <see cref="Status"/> is <c>in-stock</c>, <c>low-stock</c> or
/// <c>out-of-stock</c>; <see cref="Count"/> is how many are left, given only with <c>low-stock</c>. A SKU whose stock
/// the store does not track is <c>in-stock</c>.
/// </summary>
public sealed record VariantStock(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null)
{
    public const string InStock = "in-stock";
    public const string LowStock = "low-stock";
    public const string OutOfStock = "out-of-stock";
}
