namespace Multistore.Orders.Services;

/// <summary>The SKUs bought together in one order, for modules that learn from what shoppers buy (recommendations).</summary>
public sealed record OrderBasket(Guid OrderId, DateTime CreatedUtc, IReadOnlyList<string> Skus);
