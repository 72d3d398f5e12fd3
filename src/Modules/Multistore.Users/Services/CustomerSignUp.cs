using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Settings;

namespace Multistore.Users.Services;

/// <summary>
/// Creates a shopper's account from an e-mail address and a password, for the web sign-up page and the Storefront
/// API alike: the e-mail is the user name, the store's Identity password rules apply, and every refusal names its field.
/// An address that already has an account gets the same answer as a new one (the holder is e-mailed instead), so the
/// sign-up door never tells who is a customer.
/// </summary>
public sealed class CustomerSignUp(UserManager<IdentityUser> users, IOptions<IdentityOptions> identity, IEmailSender email, IOptions<SiteSettings> site)
{
    public const string EmailField = "email";
    public const string PasswordField = "password";

    public async Task<SignUpResult> CreateAsync(string? address, string? password, CancellationToken cancellationToken = default)
    {
        address = address?.Trim() ?? "";
        var errors = new List<SignUpError>();
        if (address.Length > FieldLimits.Email)
        {
            errors.Add(new SignUpError(EmailField, "The e-mail address may be at most {0} characters.", FieldLimits.Email.ToString(CultureInfo.InvariantCulture)));
        }
        else if (address.Length == 0 || !address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new SignUpError(EmailField, "Enter a valid e-mail address."));
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add(new SignUpError(PasswordField, "Enter a password."));
        }
        else if (password.Length > FieldLimits.Password)
        {
            errors.Add(new SignUpError(PasswordField, "The password may be at most {0} characters.", FieldLimits.Password.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            // The password rules run before the address is looked up: a weak password is refused alike for a new and a taken address.
            var candidate = new IdentityUser { UserName = address, Email = address };
            foreach (var validator in users.PasswordValidators)
            {
                var checkedPassword = await validator.ValidateAsync(users, candidate, password);
                errors.AddRange(checkedPassword.Errors.Select(Describe));
            }
        }

        if (errors.Count > 0)
        {
            return new SignUpResult(null, [.. errors.DistinctBy(e => (e.Field, e.Message))]);
        }

        if (await users.FindByEmailAsync(address) is { } holder)
        {
            await TellHolderAsync(holder, cancellationToken);
            return SignUpResult.Accepted;
        }

        var user = new IdentityUser { UserName = address, Email = address };
        var created = await users.CreateAsync(user, password!);
        if (created.Succeeded)
        {
            return new SignUpResult(user, []);
        }

        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
            && await users.FindByEmailAsync(address) is { } raced)
        {
            await TellHolderAsync(raced, cancellationToken);
            return SignUpResult.Accepted;
        }

        return new SignUpResult(null, [.. created.Errors.Select(Describe).DistinctBy(e => (e.Field, e.Message))]);
    }

    private Task TellHolderAsync(IdentityUser holder, CancellationToken cancellationToken) =>
        email.SendAsync(new EmailMessage(holder.Email!, $"Your account at {site.Value.SiteName}",
            $"Someone, perhaps you, tried to create an account at {site.Value.SiteName} with this e-mail address.\n\n" +
            "You already have an account: sign in with your password. If it was not you, you need not do anything; your account is unchanged.\n"),
            cancellationToken);

    private SignUpError Describe(IdentityError error)
    {
        var rules = identity.Value.Password;
        return error.Code switch
        {
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
