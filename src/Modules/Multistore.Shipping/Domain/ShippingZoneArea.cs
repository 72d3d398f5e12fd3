namespace Multistore.Shipping.Domain;

/// <summary>A country (ISO alpha-2, or <see cref="Everywhere"/>) and optionally one region of it, inside a zone.</summary>
internal sealed class ShippingZoneArea
{
    public const string Everywhere = "*";

    public Guid ZoneId { get; set; }
    public string Country { get; set; } = "";
    public string Region { get; set; } = "";

    /// <summary>How well this area matches an address: 2 region, 1 country, 0 everywhere, -1 not at all.</summary>
    public int Match(string country, string region) =>
        Country == Everywhere ? 0
        : !string.Equals(Country, country, StringComparison.OrdinalIgnoreCase) ? -1
        : Region.Length == 0 ? 1
        : string.Equals(Region, region, StringComparison.OrdinalIgnoreCase) ? 2
        : -1;
}
