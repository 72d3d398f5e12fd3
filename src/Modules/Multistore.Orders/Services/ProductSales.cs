using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>A SKU's units sold and line revenue (after discounts) over the orders that count as sales in a period.</summary>
public sealed record ProductSales(string Sku, string Name, int Units, Money Revenue);
