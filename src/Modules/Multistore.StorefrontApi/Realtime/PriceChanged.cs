using Multistore.Commerce;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>A SKU's price in a currency changed; published after the change is saved.</summary>
public sealed record PriceChanged(string Sku, Money Price, Money? CompareAt);
