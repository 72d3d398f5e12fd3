using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Multistore.Users.Services;

/// <summary>
/// Creates a shopper's account from an e-mail address and a password, for the web sign-up page and the Storefront
/// API alike: the e-mail is the user name, the store's Identity password rules apply, and every refusal names its field.
/// </summary>
public sealed class CustomerSignUp(UserManager<IdentityUser> users, IOptions<IdentityOptions> identity)
{
    public const string EmailField = "email";
    public const string PasswordField = "password";

    public async Task<SignUpResult> CreateAsync(string? email, string? password)
    {
        var errors = new List<SignUpError>();
        email = email?.Trim() ?? "";
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new SignUpError(EmailField, "Enter a valid e-mail address."));
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add(new SignUpError(PasswordField, "Enter a password."));
        }

        if (errors.Count > 0)
        {
            return new SignUpResult(null, errors);
        }

        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password!);
        return created.Succeeded
            ? new SignUpResult(user, [])
            : new SignUpResult(null, [.. created.Errors.Select(Describe).DistinctBy(e => (e.Field, e.Message))]);
    }

    private SignUpError Describe(IdentityError error)
    {
        var rules = identity.Value.Password;
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                new(EmailField, "An account with this e-mail address already exists. Sign in instead."),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                new(EmailField, "Enter a valid e-mail address."),
            nameof(IdentityErrorDescriber.PasswordTooShort) =>
                new(PasswordField, "The password must be at least {0} characters long.", rules.RequiredLength.ToString(CultureInfo.InvariantCulture)),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
                new(PasswordField, "The password must use at least {0} different characters.", rules.RequiredUniqueChars.ToString(CultureInfo.InvariantCulture)),
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => new(PasswordField, "The password must contain a character that is not a letter or a digit."),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new(PasswordField, "The password must contain a digit (0-9)."),
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => new(PasswordField, "The password must contain a lowercase letter (a-z)."),
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new(PasswordField, "The password must contain an uppercase letter (A-Z)."),
            _ => new(error.Code.Contains("Password", StringComparison.Ordinal) ? PasswordField : EmailField, error.Description),
        };
    }
}
