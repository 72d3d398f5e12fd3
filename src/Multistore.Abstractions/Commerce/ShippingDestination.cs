namespace Multistore.Commerce;

/// <summary>
/// A country the store ships to: its ISO 3166-1 alpha-2 code, its name in the request's culture and the fields of
/// an <see cref="Address"/> in the order the country writes them (names as the address's JSON properties).
/// </summary>
public sealed record ShippingDestination(string Country, string Name, IReadOnlyList<AddressField> Fields);
