namespace Multistore.Pricing.Domain;

/// <summary>Prices in one currency. A store has one default list per currency.</summary>
internal sealed class PriceList
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public string Currency { get; set; } = "";
    public bool IsDefault { get; set; }
    public List<PriceEntry> Entries { get; set; } = [];
    public List<ScheduledPrice> Scheduled { get; set; } = [];
}
