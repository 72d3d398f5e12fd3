using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// Whether the signed-in customer is an approved business customer, asked of the account store (the Users module);
/// a guest, or a store without customer accounts, never is.
/// </summary>
public sealed class BusinessStanding(IEnumerable<IBusinessCustomers> accounts)
{
    public async Task<bool> IsBusinessAsync(string? customerId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(customerId))
        {
            return false;
        }

        foreach (var account in accounts)
        {
            if (await account.IsApprovedAsync(customerId, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Who pays, as a payment provider weighs it, for the signed-in customer (or a guest when null).</summary>
    public async Task<PaymentCustomer> CustomerAsync(string? customerId, CancellationToken cancellationToken) =>
        new(!string.IsNullOrEmpty(customerId), await IsBusinessAsync(customerId, cancellationToken));
}
