using Multistore.Commerce;

namespace Multistore.Pricing.Services;

public sealed record SkuPrice(string Sku, Money Price, Money? CompareAt);
