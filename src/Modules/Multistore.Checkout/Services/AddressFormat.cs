namespace Multistore.Checkout.Services;

/// <summary>
/// How a country writes addresses: the fields in display order, which are required, and the postal code pattern.
/// Forms and the API validate against it.
/// </summary>
public sealed record AddressFormat(string Country, string CountryName, IReadOnlyList<string> Fields, IReadOnlyList<string> Required, string? PostalCodePattern, string? PostalCodeExample);
