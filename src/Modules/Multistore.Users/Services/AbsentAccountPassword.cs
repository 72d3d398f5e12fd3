using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Multistore.Users.Services;

/// <summary>
/// The password check a sign-in runs when there is no account to check against (an unknown address, or a staff account at
/// a shopper's door): the store's own hasher, with the store's work factor, verifies a hash of a random password, so the
/// answer takes the same work whether or not the address has an account.
/// </summary>
public sealed class AbsentAccountPassword
{
    private static readonly IdentityUser Nobody = new() { UserName = "absent" };
    private readonly PasswordHasher<IdentityUser> _hasher;

    public AbsentAccountPassword(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<IdentityUser>(options);
        Hash = _hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
    }

    /// <summary>The hash verified, in Identity's format (its header names the algorithm and iteration count).</summary>
    public string Hash { get; }

    public void Verify(string? password) => _hasher.VerifyHashedPassword(Nobody, Hash, password ?? "");
}
