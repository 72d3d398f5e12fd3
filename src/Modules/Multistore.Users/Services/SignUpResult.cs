using Microsoft.AspNetCore.Identity;

namespace Multistore.Users.Services;

/// <summary>
/// The answer to a sign-up: the errors that refused it, or none. <see cref="User"/> is the new account; it is null for an
/// address that already had one (its holder was e-mailed), an answer the door must not show differently.
/// </summary>
public sealed record SignUpResult(IdentityUser? User, IReadOnlyList<SignUpError> Errors)
{
    public static SignUpResult Accepted { get; } = new(null, []);

    public bool Succeeded => Errors.Count == 0;
}
