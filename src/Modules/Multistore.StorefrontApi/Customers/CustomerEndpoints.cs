using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.StorefrontApi.Touchpoints;
using Multistore.Users.Services;

namespace Multistore.StorefrontApi.Customers;

public static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapPost("", SignUpAsync).WithName("SignUp")
            .WithSummary("Creates a customer account with email and password.");
        customers.MapPost("/token", SignInAsync).WithName("SignIn")
            .WithSummary("Signs a customer in; returns a bearer token (accessToken, refreshToken, expiresIn) bound to this store and the request's touchpoint.");
        customers.MapGet("/me", Me).WithName("GetCustomer").RequireAuthorization(CustomerApiStartup.Policy)
            .WithSummary("The signed-in customer; send Authorization: Bearer <accessToken>.");
        return api;
    }

    private static async Task<Results<Created<CustomerProfile>, ValidationProblem>> SignUpAsync(
        SignUpRequest request, CustomerSignUp signUp, HttpContext context)
    {
        var result = await signUp.CreateAsync(request.Email, request.Password);
        if (result.User is not { } user)
        {
            return TypedResults.ValidationProblem(result.Errors
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Text).ToArray()), title: "The account could not be created.");
        }

        // The name is not stored as a user claim: the Users module's AspNetUserClaims.Id has no generated value
        // on PostgreSQL (no identity columns by our migration rules), so claims cannot be inserted there yet.
        return TypedResults.Created($"{context.Request.PathBase}{StorefrontApiRoutes.Base}/customers/me",
            new CustomerProfile(user.Id, user.Email!, request.Name?.Trim(), TouchpointFeature.Of(context)));
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> SignInAsync(
        SignInRequest request, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, HttpContext context)
    {
        var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
        var checkedPassword = user is null
            ? SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        if (!checkedPassword.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: checkedPassword.IsLockedOut ? "The account is locked for a while after too many failed attempts." : "The email or password is wrong.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user!);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TouchpointClaimMiddleware.ClaimType, TouchpointFeature.Of(context)));
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Ok<CustomerProfile> Me(ClaimsPrincipal user, HttpContext context) =>
        TypedResults.Ok(new CustomerProfile(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
            user.FindFirstValue(ClaimTypes.GivenName),
            TouchpointFeature.Of(context)));
}
