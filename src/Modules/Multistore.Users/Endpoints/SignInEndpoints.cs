using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Commerce;
using Multistore.Users.Services;
using Multistore.Users.Pages;

namespace Multistore.Users.Endpoints;

/// <summary>Sign-in and sign-out of the tenant's admin, with Identity's lock-out after repeated wrong passwords and a rate limit per address and account.</summary>
public static class SignInEndpoints
{
    public const string LoginPath = "login";

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAnonymousAdminPage<SignInPage>(LoginPath).WithName("AdminSignIn");
        endpoints.MapAnonymousAdminPost(LoginPath, SignInAsync).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("AdminSignInPost");
        endpoints.MapAnonymousAdminPost("logout", SignOutAsync).WithName("AdminSignOut");
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<SignInPage>>> SignInAsync([FromForm] SignInForm form, SignInManager<IdentityUser> signIn, AbsentAccountPassword absent, HttpContext context)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(form.Email))
        {
            errors.Add(nameof(SignInForm.Email), "Enter your email address.");
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            errors.Add(nameof(SignInForm.Password), "Enter your password.");
        }

        if (errors.IsValid)
        {
            var email = form.Email!.Trim();
            var user = email.Length <= FieldLimits.Email ? await signIn.UserManager.FindByEmailAsync(email) : null;
            if (user is null)
            {
                // The same work as checking a real account's password: the answer's timing does not tell who has one.
                absent.Verify(form.Password);
            }

            var result = user is null
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(user, form.Password!, form.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return TypedResults.Redirect(ReturnTo(context, form.ReturnUrl));
            }

            errors.Add("", result switch
            {
                { IsLockedOut: true } => "This account is locked after too many failed sign-in attempts. Try again in 15 minutes, or reset your password.",
                { IsNotAllowed: true } => "This account may not sign in yet. Ask an administrator to confirm it.",
                _ => "The email address or password is wrong.",
            });
        }

        form.Password = null;
        form.Email = form.Email?.Length > FieldLimits.Email ? null : form.Email;
        return AdminResults.Page<SignInPage>(new { Form = form, Errors = errors });
    }

    private static async Task<RedirectHttpResult> SignOutAsync(SignInManager<IdentityUser> signIn, HttpContext context)
    {
        await signIn.SignOutAsync();
        return AdminResults.Redirect(context, LoginPath, "You have signed out.");
    }

    /// <summary>Only a path inside this tenant; anything else goes to the dashboard.</summary>
    private static string ReturnTo(HttpContext context, string? returnUrl) =>
        LocalReturnUrl.Or(context, returnUrl, AdminLinks.To(context.Request.PathBase, ""));
}
