namespace Multistore.Pricing.Events;

/// <summary>
/// A SKU's effective price in a currency's default list changed: a price was saved (published after the save), or
/// a scheduled price started or ended (published by <see cref="Scheduling.ScheduledPriceWatcher"/> once the moment
/// passed). <paramref name="Amount"/> is rounded to the currency's minor unit; null when the SKU no longer has a price.
/// </summary>
public sealed record PriceChanged(string Sku, string Currency, decimal? Amount);
