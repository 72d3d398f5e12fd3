namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>An address as an app sends it; the country's format decides which fields are required.</summary>
public sealed record AddressInput(
    string? Name,
    string? Company,
    string? Line1,
    string? Line2,
    string? City,
    string? PostalCode,
    string? Region,
    string? Country,
    string? Phone,
    bool IsDefault = false);
