namespace Multistore.Orders.Services;

/// <summary>A line of a <see cref="NewOrder"/>: <see cref="LineTotal"/> is after its share of the coupon (<see cref="Discount"/>).</summary>
public sealed record NewOrderLine(string Sku, string Name, int Quantity, decimal UnitPrice, string TaxClass, decimal Discount, decimal LineTotal, decimal Tax);
