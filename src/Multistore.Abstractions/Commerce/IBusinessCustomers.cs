namespace Multistore.Commerce;

/// <summary>
/// The customer accounts staff approved as business customers (who may pay by invoice, on credit). Business status
/// belongs to the account and is set in the store admin; it is never taken from a request.
/// </summary>
public interface IBusinessCustomers
{
    Task<bool> IsApprovedAsync(string customerId, CancellationToken cancellationToken);
}
