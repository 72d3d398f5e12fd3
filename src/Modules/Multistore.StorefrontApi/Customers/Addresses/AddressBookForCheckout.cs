using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>The address book as the checkout sees it: the customer's addresses, default first, as checkout addresses.</summary>
internal sealed class AddressBookForCheckout(CustomerAddressBook book) : ISavedAddresses
{
    public async Task<IReadOnlyList<Address>> ListAsync(string customerId, CancellationToken cancellationToken) =>
        [.. (await book.ListAsync(customerId, cancellationToken)).Select(a => new Address
        {
            Name = a.Name, Company = a.Company, Line1 = a.Line1, Line2 = a.Line2, City = a.City,
            PostalCode = a.PostalCode, Region = a.Region, Country = a.Country, Phone = a.Phone,
        })];
}
