using Multistore.Users.Services;

namespace Multistore.Users.Endpoints;

/// <summary>The shopper's sign-up page (template <c>sign-up</c>): where to go after, the e-mail typed, and the errors by field (English msgids the template translates).</summary>
public sealed record StorefrontSignUpPage(string ReturnUrl, string Email, IReadOnlyList<SignUpError> Errors, string AntiforgeryField, string AntiforgeryToken);
