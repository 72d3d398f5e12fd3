using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// A signed-in customer's saved addresses, default first, for the checkout to fill its form with; registered by the
/// module that keeps an address book (none when no such module is on).
/// </summary>
public interface ISavedAddresses
{
    Task<IReadOnlyList<Address>> ListAsync(string customerId, CancellationToken cancellationToken);
}
