namespace Multistore.Commerce;

/// <summary>
/// A postal address, the one address shape modules publish. <see cref="Country"/> is ISO 3166-1 alpha-2 (DE, SE, US);
/// <see cref="Region"/> a state or province code (CA, NY). Not sealed so that a shape adding to it (the address
/// book's saved address: an id and a default flag) derives its fields from here instead of declaring them again.
/// </summary>
public record Address
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
