namespace Multistore.Orders.Services;

/// <summary>The best sellers of a period, ranked by units and by revenue.</summary>
public sealed record TopProducts(IReadOnlyList<ProductSales> ByUnits, IReadOnlyList<ProductSales> ByRevenue);
