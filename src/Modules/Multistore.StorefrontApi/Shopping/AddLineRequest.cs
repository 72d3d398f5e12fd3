namespace Multistore.StorefrontApi.Shopping;

public sealed record AddLineRequest(string? Sku, int Quantity);
