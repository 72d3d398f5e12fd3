using Multistore.Commerce;

namespace Multistore.Orders.Domain;

/// <summary>
/// An address as it was when the order was placed (stored with the order, never shared). It is the storage shape of
/// <see cref="Address"/>, the one address other modules see: <see cref="From"/> and <see cref="ToAddress"/> map at
/// the module's boundary.
/// </summary>
internal sealed class OrderAddress
{
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string? Region { get; set; }
    public string Country { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>The address as an order keeps it: trimmed, the country code upper-case.</summary>
    public static OrderAddress From(Address a) => new()
    {
        Name = a.Name.Trim(), Company = a.Company, Line1 = a.Line1.Trim(), Line2 = a.Line2, City = a.City.Trim(),
        PostalCode = a.PostalCode.Trim(), Region = a.Region, Country = a.Country.Trim().ToUpperInvariant(), Phone = a.Phone,
    };

    public Address ToAddress() => new()
    {
        Name = Name, Company = Company, Line1 = Line1, Line2 = Line2, City = City,
        PostalCode = PostalCode, Region = Region, Country = Country, Phone = Phone,
    };
}
