using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Users.Domain;
using Multistore.Users.Pages;

namespace Multistore.Users.Admin;

/// <summary>The Users list, adding a user, marking a customer as a business customer, and the Roles overview.</summary>
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
        endpoints.MapAdminPost("users/{id}/business", SetBusinessAsync, UsersPermissions.ManageUsers).WithName("AdminUserBusiness");
        endpoints.MapAdminPage<RolesPage>(RolesPath, UsersPermissions.ManageUsers).WithName("AdminRoles");
        return endpoints;
    }

    /// <summary>Marks an account as an approved business customer (invoice payment) or removes the status; repeating it changes nothing.</summary>
    private static async Task<Results<NotFound, RedirectHttpResult>> SetBusinessAsync(string id, [FromForm] BusinessCustomerForm form, UserManager<IdentityUser> users, HttpContext context)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var approve = string.Equals(form.Approved, "true", StringComparison.OrdinalIgnoreCase);
        var current = (await users.GetClaimsAsync(user)).Where(c => c.Type == BusinessCustomerClaim.Type).ToList();
        if (current.Count > 0)
        {
            await users.RemoveClaimsAsync(user, current);
        }

        if (approve)
        {
            await users.AddClaimAsync(user, new Claim(BusinessCustomerClaim.Type, BusinessCustomerClaim.Approved));
        }

        var email = user.Email ?? user.UserName ?? id;
        return AdminResults.Redirect(context, Path, approve ? $"{email} is a business customer: invoice payment is offered." : $"{email} is no longer a business customer.");
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<NewUserPage>>> CreateAsync([FromForm] NewUserForm form, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, HttpContext context)
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
