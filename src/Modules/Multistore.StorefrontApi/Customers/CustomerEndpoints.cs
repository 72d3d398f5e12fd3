using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Users.Endpoints;
using Multistore.Users.Services;

namespace Multistore.StorefrontApi.Customers;

public static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapPost("", SignUpAsync).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("SignUp")
            .WithSummary("Creates a customer account with email and password. The answer is 202 for a new address and for a taken one alike (its holder is e-mailed); sign in next.");
        customers.MapPost("/token", SignInAsync).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("SignIn")
            .WithSummary("Signs a customer in; returns a bearer token (accessToken, refreshToken, expiresIn) bound to this store and the request's touchpoint. Staff accounts cannot sign in here.");
        customers.MapPost("/token/refresh", RefreshAsync).WithName("RefreshToken")
            .WithSummary("Exchanges a refresh token (30 days) for a new token pair with the same touchpoint. Refused (401) when it is expired, was issued by another store, the password changed since, or the account is now staff.");
        customers.MapGet("/me", Me).WithName("GetCustomer").RequireAuthorization(CustomerApiStartup.Policy)
            .WithSummary("The signed-in customer; send Authorization: Bearer <accessToken>.");
        return api;
    }

    private static async Task<Results<Accepted<SignUpAccepted>, ValidationProblem>> SignUpAsync(
        SignUpRequest request, CustomerSignUp signUp, HttpContext context)
    {
        var result = request.Name?.Trim().Length > FieldLimits.Name
            ? new SignUpResult(null, [new SignUpError("name", FieldLimits.TooLong("name", FieldLimits.Name))])
            : await signUp.CreateAsync(request.Email, request.Password, context.RequestAborted);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Text).ToArray()), title: "The account could not be created.");
        }

        // The name is not stored as a user claim: the Users module's AspNetUserClaims.Id has no generated value
        // on PostgreSQL (no identity columns by our migration rules), so claims cannot be inserted there yet.
        return TypedResults.Accepted($"{context.Request.PathBase}{StorefrontApiRoutes.Base}/customers/token",
            new SignUpAccepted(request.Email!.Trim(), "If this address is new, its account is ready; if it has an account already, we have e-mailed its holder. Sign in with POST customers/token."));
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> SignInAsync(
        SignInRequest request, ShopperSignIn shoppers, SignInManager<IdentityUser> signIn, HttpContext context)
    {
        var outcome = await shoppers.CheckAsync(request.Email, request.Password);
        if (outcome.User is not { } user)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: outcome.Result.IsLockedOut ? "The account is locked for a while after too many failed attempts." : "The email or password is wrong.");
        }

        return await TokenForAsync(signIn, user, TouchpointFeature.Of(context));
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, SignInManager<IdentityUser> signIn, TimeProvider clock)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || (await signIn.UserManager.GetRolesAsync(user)).Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Refresh failed",
                detail: "The refresh token is not valid here any more: sign in again.");
        }

        return await TokenForAsync(signIn, user, ticket.Principal.FindFirstValue(Multistore.Commerce.Touchpoints.ClaimType) ?? Multistore.Commerce.Touchpoints.Web);
    }

    /// <summary>A bearer token pair for the customer, carrying the touchpoint it is issued to.</summary>
    private static async Task<SignInHttpResult> TokenForAsync(SignInManager<IdentityUser> signIn, IdentityUser user, string touchpoint)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Multistore.Commerce.Touchpoints.ClaimType, touchpoint));
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Ok<CustomerProfile> Me(ClaimsPrincipal user, HttpContext context) =>
        TypedResults.Ok(new CustomerProfile(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
            user.FindFirstValue(ClaimTypes.GivenName),
            TouchpointFeature.Of(context)));
}
