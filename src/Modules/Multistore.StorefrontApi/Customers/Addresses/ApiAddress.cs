namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>A saved address as the API returns it.</summary>
public sealed record ApiAddress(
    Guid Id,
    bool IsDefault,
    string Name,
    string? Company,
    string Line1,
    string? Line2,
    string City,
    string PostalCode,
    string? Region,
    string Country,
    string? Phone)
{
    internal static ApiAddress From(CustomerAddress a) =>
        new(a.Id, a.IsDefault, a.Name, a.Company, a.Line1, a.Line2, a.City, a.PostalCode, a.Region, a.Country, a.Phone);
}
