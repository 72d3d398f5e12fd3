using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Users.Services;

namespace Multistore.Users.Endpoints;

/// <summary>
/// The shopper's sign-up on the web storefront: e-mail, password and its confirmation, the same account creation
/// as the Storefront API's; then on to the sign-in page, which says what happened and keeps the page they came from (a
/// path in this store only). An address that has an account already goes exactly the same way and its holder gets an
/// e-mail, so the answer never tells whether an address has an account.
/// </summary>
public static class StorefrontSignUpEndpoints
{
    public const string Path = "/account/sign-up";
    private const string ConfirmField = "confirm";

    public static IEndpointRouteBuilder MapStorefrontSignUp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, [AsParameters] AccountPageServices pages) =>
            RenderAsync(context, pages, new SignUpAnswer(context.Request.Query["returnUrl"], "", []), StatusCodes.Status200OK)).WithName("UsersStorefrontSignUp");

        endpoints.MapPost(Path, async Task<Results<BadRequest, ContentHttpResult, RedirectHttpResult>> (HttpContext context, CustomerSignUp signUp, [AsParameters] AccountPageServices pages) =>
        {
            if (!await pages.Antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var email = form["email"].ToString().Trim();
            var password = form["password"].ToString();
            if (password.Length > 0 && password != form[ConfirmField].ToString())
            {
                return await RenderAsync(context, pages, new SignUpAnswer(form["returnUrl"], email, [new SignUpError(ConfirmField, "The two passwords are not the same.")]),
                    StatusCodes.Status400BadRequest);
            }

            var result = await signUp.CreateAsync(email, password, context.RequestAborted);
            if (!result.Succeeded)
            {
                return await RenderAsync(context, pages, new SignUpAnswer(form["returnUrl"], email.Length > FieldLimits.Email ? "" : email, result.Errors), StatusCodes.Status400BadRequest);
            }

            // A new and a taken address get the same answer (the taken one's holder was e-mailed): no one is signed in
            // here, so neither the redirect nor a cookie tells whether the address had an account. The shopper signs in next.
            var returnUrl = StorefrontSignInEndpoints.ReturnUrl(context, form["returnUrl"]);
            return TypedResults.Redirect($"{context.Request.PathBase}{StorefrontSignInEndpoints.Path}?{StorefrontSignInEndpoints.SignedUpQuery}=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("UsersStorefrontSignUpForm");
        return endpoints;
    }

    private static async Task<ContentHttpResult> RenderAsync(HttpContext context, AccountPageServices pages, SignUpAnswer answer, int status)
    {
        var tokens = pages.Antiforgery.GetAndStoreTokens(context);
        var page = new StorefrontSignUpPage(StorefrontSignInEndpoints.ReturnUrl(context, answer.ReturnUrl), answer.Email, answer.Errors, tokens.FormFieldName, tokens.RequestToken!);
        return await pages.Views.ViewAsync("sign-up", page, status);
    }

    /// <summary>What the form shows back: where to go afterwards, the address as typed, and what was refused.</summary>
    private sealed record SignUpAnswer(string? ReturnUrl, string Email, IReadOnlyList<SignUpError> Errors);
}
