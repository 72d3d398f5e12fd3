namespace Multistore.Pricing.Events;

/// <summary>
/// A SKU's effective price in a currency's default list changed (published after the change is saved).
/// <paramref name="Amount"/> is rounded to the currency's minor unit; null when the SKU no longer has a price.
/// </summary>
public sealed record PriceChanged(string Sku, string Currency, decimal? Amount);
