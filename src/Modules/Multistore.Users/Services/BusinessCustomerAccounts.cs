using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Users.Domain;

namespace Multistore.Users.Services;

/// <summary>
/// Business status read from the account on every checkout (not from the sign-in token), so a status staff remove
/// stops invoice payment at once.
/// </summary>
internal sealed class BusinessCustomerAccounts(UsersDbContext db) : IBusinessCustomers
{
    public Task<bool> IsApprovedAsync(string customerId, CancellationToken cancellationToken) =>
        db.UserClaims.AnyAsync(c => c.UserId == customerId && c.ClaimType == BusinessCustomerClaim.Type && c.ClaimValue == BusinessCustomerClaim.Approved, cancellationToken);
}
