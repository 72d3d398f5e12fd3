using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.StorefrontApi.Touchpoints;

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
        SignUpRequest request, UserManager<IdentityUser> users, HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = ["email must be an email address."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The sign-up is not valid.");
        }

        var user = new IdentityUser { UserName = request.Email!.Trim(), Email = request.Email.Trim() };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(created.Errors
                .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()), title: "The account could not be created.");
        }

        // The name is not stored as a user claim: the Users module's AspNetUserClaims.Id has no generated value
        // on PostgreSQL (no identity columns by our migration rules), so claims cannot be inserted there yet.
        return TypedResults.Created($"{context.Request.PathBase}{StorefrontApiRoutes.Base}/customers/me",
            new CustomerProfile(user.Id, user.Email, request.Name?.Trim(), TouchpointFeature.Of(context)));
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
