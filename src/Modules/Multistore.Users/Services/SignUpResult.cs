using Microsoft.AspNetCore.Identity;

namespace Multistore.Users.Services;

/// <summary>The new customer account, or the errors that refused it (never both).</summary>
public sealed record SignUpResult(IdentityUser? User, IReadOnlyList<SignUpError> Errors)
{
    public bool Succeeded => User is not null;
}
