using Multistore.Commerce;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>
/// An address from a customer's address book: the one published <see cref="Address"/> plus what the book adds, its id
/// and whether it is the default. Derived rather than wrapped, so the API's JSON and the <c>addresses</c> template
/// keep reading a saved address as one flat object (<c>id</c>, <c>isDefault</c>, then the address's fields).
/// </summary>
public sealed record SavedAddress : Address
{
    public Guid Id { get; init; }

    public bool IsDefault { get; init; }

    internal static SavedAddress From(CustomerAddress a) => new()
    {
        Id = a.Id, IsDefault = a.IsDefault, Name = a.Name, Company = a.Company, Line1 = a.Line1, Line2 = a.Line2, City = a.City,
        PostalCode = a.PostalCode, Region = a.Region, Country = a.Country, Phone = a.Phone,
    };

    /// <summary>The address alone, for a caller that compares, stores or fingerprints addresses by their fields.</summary>
    public Address ToAddress() => new()
    {
        Name = Name, Company = Company, Line1 = Line1, Line2 = Line2, City = City,
        PostalCode = PostalCode, Region = Region, Country = Country, Phone = Phone,
    };
}
