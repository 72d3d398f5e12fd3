using System.Net.Mail;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Multistore.Recipes;

namespace Multistore.Users.Recipes;

/// <summary>Checks one user of the users step: an address, a password the tenant's rules accept, known roles.</summary>
public static class UserEntryValidation
{
    public static void Validate(RecipeStepContext context, JsonElement user, string path, IReadOnlySet<string> roles, ISet<string> emails, UserManager<IdentityUser> users)
    {
        var email = context.ReadString(user, "email", required: true, path: path)?.Trim();
        if (!string.IsNullOrEmpty(email))
        {
            if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            {
                context.AddError($"{path}.email", $"'{email}' is not an email address.");
            }
            else if (!emails.Add(email))
            {
                context.AddError($"{path}.email", $"'{email}' is listed twice.");
            }
        }

        if (context.ReadString(user, "password", required: true, path: path) is { Length: > 0 } password)
        {
            var candidate = new IdentityUser(email ?? "user") { Email = email };
            foreach (var validator in users.PasswordValidators)
            {
                // Identity's password rules are synchronous checks of the string; nothing is read or written.
                var result = validator.ValidateAsync(users, candidate, password).GetAwaiter().GetResult();
                foreach (var error in result.Errors)
                {
                    context.AddError($"{path}.password", error.Description);
                }
            }
        }

        foreach (var (index, role) in context.ReadArray(user, "roles", required: true, path: path))
        {
            if (role.ValueKind != JsonValueKind.String || !roles.Contains(role.GetString()!))
            {
                context.AddError($"{path}.roles[{index}]", $"'{role}' is not a built-in role or a role of this step.");
            }
        }
    }
}
