using Microsoft.AspNetCore.Identity;
using Multistore.Commerce;

namespace Multistore.Users.Services;

/// <summary>
/// Checks a shopper's e-mail and password at a shopper's door (web /account sign-in, Storefront API token). Staff accounts
/// (any account with a role) do not sign in here: they get the same failure as a wrong password, their password is not
/// tried and their lock-out count never moves, so no one can lock a store's administrator out from the shop. An unknown
/// address costs the same hash verification as a known one.
/// </summary>
public sealed class ShopperSignIn(SignInManager<IdentityUser> signIn, AbsentAccountPassword absent)
{
    public async Task<ShopperSignInOutcome> CheckAsync(string? email, string? password)
    {
        email = email?.Trim() ?? "";
        var users = signIn.UserManager;
        var user = email.Length is > 0 and <= FieldLimits.Email ? await users.FindByEmailAsync(email) : null;
        if (user is null || (await users.GetRolesAsync(user)).Count > 0)
        {
            absent.Verify(password);
            return new ShopperSignInOutcome(null, SignInResult.Failed);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        return new ShopperSignInOutcome(result.Succeeded ? user : null, result);
    }
}
