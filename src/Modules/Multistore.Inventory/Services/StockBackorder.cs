namespace Multistore.Inventory.Services;

/// <summary>Whether a SKU is sold beyond its stock, and the date the store expects to ship such orders (null: not said).</summary>
public sealed record StockBackorder(bool Allowed, DateOnly? RestockDate)
{
    public static StockBackorder None { get; } = new(false, null);
}
