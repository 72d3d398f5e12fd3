using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>The address book as the checkout sees it: the customer's addresses, default first, as checkout addresses.</summary>
internal sealed class AddressBookForCheckout(CustomerAddressBook book) : ISavedAddresses
{
    public async Task<IReadOnlyList<Address>> ListAsync(string customerId, CancellationToken cancellationToken) =>
        [.. (await book.ListAsync(customerId, cancellationToken)).Select(a => a.ToAddress())];
}
