namespace Multistore.Users.Endpoints;

/// <summary>The shopper's sign-in page (template <c>sign-in</c>): where to go after, the e-mail typed, the error (an English msgid the template translates).</summary>
public sealed record StorefrontSignInPage(string ReturnUrl, string Email, string? Error, string? Notice, string AntiforgeryField, string AntiforgeryToken);
