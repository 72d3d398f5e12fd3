using Microsoft.AspNetCore.Identity;

namespace Multistore.Users.Recipes;

/// <summary>Creates a user of the users step, or brings an existing one to the step's password and roles.</summary>
public sealed class UserEntryWriter(UserManager<IdentityUser> users)
{
    public async Task WriteAsync(string email, string password, IReadOnlyList<string> roles, string path)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser(email) { Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password), path);
        }
        else
        {
            Check(await users.RemovePasswordAsync(user), path);
            Check(await users.AddPasswordAsync(user, password), path);
            Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), path);
        }

        Check(await users.AddToRolesAsync(user, roles.Distinct(StringComparer.OrdinalIgnoreCase)), path);
    }

    private static void Check(IdentityResult result, string path)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{path}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
