using System.Text.Json.Serialization;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>
/// A variant's stock as a shopper sees it: <see cref="Status"/> is <c>in-stock</c>, <c>low-stock</c>,
/// <c>out-of-stock</c> or <c>backorder</c> (none in stock, orderable anyway); <see cref="Count"/> is how many are left,
/// given only with <c>low-stock</c>; <see cref="RestockDate"/> when a backordered variant ships, given only with
/// <c>backorder</c> and only when the store said. A SKU whose stock the store does not track is <c>in-stock</c>.
/// </summary>
public sealed record VariantStock(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? RestockDate = null)
{
    public const string Backorder = "backorder";
    public const string InStock = "in-stock";
    public const string LowStock = "low-stock";
    public const string OutOfStock = "out-of-stock";
}
