using Microsoft.AspNetCore.Identity;

namespace Multistore.Users.Services;

/// <summary>The shopper signed in (their account), or the result that refused them.</summary>
public sealed record ShopperSignInOutcome(IdentityUser? User, SignInResult Result);
