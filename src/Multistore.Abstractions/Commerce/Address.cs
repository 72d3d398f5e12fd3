namespace Multistore.Commerce;

/// <summary>A postal address. <see cref="Country"/> is ISO 3166-1 alpha-2 (DE, SE, US); <see cref="Region"/> a state or province code (CA, NY).</summary>
public sealed record Address
{
    public string Name { get; init; } = "";
    public string? Company { get; init; }
    public string Line1 { get; init; } = "";
    public string? Line2 { get; init; }
    public string City { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string? Region { get; init; }
    public string Country { get; init; } = "";
    public string? Phone { get; init; }
}
