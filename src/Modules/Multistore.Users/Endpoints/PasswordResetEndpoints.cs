using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Multistore.Admin.Routing;
using Multistore.Commerce;
using Multistore.Users.Pages;
using Multistore.Users.Services;

namespace Multistore.Users.Endpoints;

/// <summary>
/// "Forgot password" emails a reset link with an Identity token (protected with the tenant's keys); the link's
/// page sets a new password. The answer to a request never tells whether the address has an account; the link names the
/// store's configured address (<see cref="ResetLinks"/>), never the request's Host header. Rate limited per address and account.
/// </summary>
public static class PasswordResetEndpoints
{
    public const string ForgotPath = "forgot-password";
    public const string ResetPath = "reset-password";

    public static IEndpointRouteBuilder MapPasswordResetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAnonymousAdminPage<ForgotPasswordPage>(ForgotPath).WithName("AdminForgotPassword");
        endpoints.MapAnonymousAdminPost(ForgotPath, RequestAsync).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("AdminForgotPasswordPost");
        endpoints.MapAnonymousAdminPage<ResetPasswordPage>(ResetPath).WithName("AdminResetPassword");
        endpoints.MapAnonymousAdminPost(ResetPath, ResetAsync).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("AdminResetPasswordPost");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<ForgotPasswordPage>, RedirectHttpResult>> RequestAsync([FromForm] ForgotPasswordForm form, UserManager<IdentityUser> users, IEmailSender email, ResetLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Email))
        {
            var errors = new FormErrors();
            errors.Add(nameof(ForgotPasswordForm.Email), "Enter the email address of your account.");
            return AdminResults.Page<ForgotPasswordPage>(new { Form = form, Errors = errors });
        }

        if (form.Email.Trim() is { Length: <= FieldLimits.Email } address
            && await users.FindByEmailAsync(address) is { Email: not null } user
            && links.To(AdminEndpointRouteBuilderExtensions.Under(ResetPath), user.Email, await users.GeneratePasswordResetTokenAsync(user)) is { } link)
        {
            await email.SendAsync(new EmailMessage(user.Email, "Reset your password",
                $"Someone asked to reset the password of your admin account.\n\nSet a new password here (the link works once, for a day):\n{link}\n\nIf it was not you, ignore this email; your password stays as it is.\n"), cancellationToken);
        }

        return AdminResults.Redirect(context, SignInEndpoints.LoginPath, "If an account uses that address, we have emailed it a link to reset the password.");
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<ResetPasswordPage>>> ResetAsync([FromForm] ResetPasswordForm form, UserManager<IdentityUser> users, HttpContext context)
    {
        var errors = new FormErrors();
        if (string.IsNullOrEmpty(form.Password))
        {
            errors.Add(nameof(ResetPasswordForm.Password), "Enter a new password.");
        }
        else if (form.Password != form.ConfirmPassword)
        {
            errors.Add(nameof(ResetPasswordForm.ConfirmPassword), "The two passwords are not the same.");
        }

        if (errors.IsValid)
        {
            var user = string.IsNullOrWhiteSpace(form.Email) ? null : await users.FindByEmailAsync(form.Email.Trim());
            var result = user is null || Decode(form.Token) is not { } token
                ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
                : await users.ResetPasswordAsync(user, token, form.Password!);
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user!, null);
                await users.ResetAccessFailedCountAsync(user!);
                return AdminResults.Redirect(context, SignInEndpoints.LoginPath, "Your password has been changed. Sign in with the new one.");
            }

            foreach (var error in result.Errors)
            {
                errors.Add(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "" : nameof(ResetPasswordForm.Password),
                    error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "This reset link is invalid or has expired. Ask for a new one." : error.Description);
            }
        }

        form.Password = form.ConfirmPassword = null;
        return AdminResults.Page<ResetPasswordPage>(new { Form = form, Errors = errors });
    }

    private static string? Decode(string? token)
    {
        try
        {
            return string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
