using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Multistore.Admin.Permissions;
using Multistore.Recipes;
using Multistore.Users.Services;

namespace Multistore.Users.Recipes;

/// <summary>
/// <c>{ "name": "users", "roles": [ { "name": "Editor", "permissions": [ ... ] } ],
/// "users": [ { "email": "...", "password": "...", "roles": [ "Administrator" ] } ] }</c>.
/// The built-in roles are always there; a listed role gets exactly the listed permissions; a listed user is
/// created, or given the password and roles again if the address already has an account.
/// </summary>
internal sealed class UsersRecipeStep(UserManager<IdentityUser> users, BuiltInRoles roles, IEnumerable<IPermissionProvider> providers) : IRecipeStep
{
    public string Name => "users";

    public void Validate(RecipeStepContext context)
    {
        var known = new HashSet<string>(providers.SelectMany(p => p.Permissions).Select(p => p.Name), StringComparer.OrdinalIgnoreCase) { AdminClaims.AllPermissions };
        var roleNames = new HashSet<string>(RoleNames.All, StringComparer.OrdinalIgnoreCase);
        foreach (var (index, role) in context.ReadArray(context.Step, "roles"))
        {
            var path = $"roles[{index}]";
            if (context.ReadString(role, "name", required: true, path: path) is { Length: > 0 } name)
            {
                roleNames.Add(name);
            }

            foreach (var (p, permission) in context.ReadArray(role, "permissions", path: path))
            {
                if (permission.ValueKind != JsonValueKind.String || !known.Contains(permission.GetString()!))
                {
                    context.AddError($"{path}.permissions[{p}]", $"'{permission}' is not a permission of the enabled features.");
                }
            }
        }

        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, user) in context.ReadArray(context.Step, "users"))
        {
            UserEntryValidation.Validate(context, user, $"users[{index}]", roleNames, emails, users);
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        await roles.EnsureAsync(cancellationToken);
        foreach (var (_, role) in context.ReadArray(context.Step, "roles"))
        {
            var permissions = context.ReadArray(role, "permissions").Select(p => p.Item.GetString()!).ToList();
            await roles.SetAsync(context.ReadString(role, "name")!, permissions, cancellationToken);
        }

        foreach (var (index, user) in context.ReadArray(context.Step, "users"))
        {
            await new UserEntryWriter(users).WriteAsync(
                context.ReadString(user, "email")!.Trim(),
                context.ReadString(user, "password")!,
                [.. context.ReadArray(user, "roles").Select(r => r.Item.GetString()!)],
                $"users[{index}]");
        }
    }
}
