using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Users.Pages;

namespace Multistore.Users.Admin;

/// <summary>The Users list, adding a user, and the Roles overview.</summary>
public static class UserAdminEndpoints
{
    public const string Path = "users";
    public const string NewPath = "users/new";
    public const string RolesPath = "users/roles";

    public static IEndpointRouteBuilder MapUserAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<UsersPage>(Path, UsersPermissions.ManageUsers).WithName("AdminUsers");
        endpoints.MapAdminPage<NewUserPage>(NewPath, UsersPermissions.ManageUsers).WithName("AdminNewUser");
        endpoints.MapAdminPost(NewPath, CreateAsync, UsersPermissions.ManageUsers).WithName("AdminCreateUser");
        endpoints.MapAdminPage<RolesPage>(RolesPath, UsersPermissions.ManageUsers).WithName("AdminRoles");
        return endpoints;
    }

    private static async Task<IResult> CreateAsync([FromForm] NewUserForm form, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, HttpContext context)
    {
        var errors = new FormErrors();
        var email = form.Email?.Trim() ?? "";
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors.Add(nameof(NewUserForm.Email), "Enter the user's email address.");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(NewUserForm.Email), "A user with this email address exists already.");
        }

        if (form.ChosenRoles.Count == 0)
        {
            errors.Add(nameof(NewUserForm.Roles), "Choose at least one role.");
        }

        foreach (var role in form.ChosenRoles.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            errors.Add(nameof(NewUserForm.Roles), $"There is no role '{role}'.");
        }

        if (errors.IsValid)
        {
            var user = new IdentityUser(email) { Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, form.Password ?? "");
            if (created.Succeeded)
            {
                await users.AddToRolesAsync(user, form.ChosenRoles.Distinct());
                return AdminResults.Redirect(context, Path, $"Added {email}.");
            }

            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(NewUserForm.Password) : nameof(NewUserForm.Email), error.Description);
            }
        }

        form.Password = null;
        return AdminResults.Page<NewUserPage>(new { Form = form, Errors = errors });
    }
}
