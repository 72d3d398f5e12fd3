namespace Multistore.Pricing.Domain;

/// <summary>
/// A price that replaces the list price of a SKU between <see cref="StartsUtc"/> (inclusive) and
/// <see cref="EndsUtc"/> (exclusive, open-ended when null): a sale, a campaign.
/// </summary>
internal sealed class ScheduledPrice
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PriceListId { get; set; }
    public string Sku { get; set; } = "";
    public decimal Amount { get; set; }
    public decimal? CompareAtAmount { get; set; }
    public DateTime StartsUtc { get; set; }
    public DateTime? EndsUtc { get; set; }

    public bool IsActiveAt(DateTime utc) => StartsUtc <= utc && (EndsUtc is null || utc < EndsUtc);
}
