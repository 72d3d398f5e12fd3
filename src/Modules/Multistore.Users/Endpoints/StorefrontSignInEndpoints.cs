using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Users.Services;

namespace Multistore.Users.Endpoints;

/// <summary>
/// The shopper's sign-in and sign-out on the web storefront, in the store's theme, into the same accounts as the
/// Storefront API's customers; the account pages (orders, addresses) then know them. Shoppers only (<see cref="ShopperSignIn"/>),
/// rate limited per address and account (<see cref="AccountDoorThrottle"/>).
/// </summary>
public static class StorefrontSignInEndpoints
{
    public const string Path = "/account/sign-in";
    public const string SignedUpQuery = "signedUp";
    private const string Account = "/account/orders";
    private const string SignedUpNotice = "Thank you. If this address is new, your account is ready: sign in below. If it already has an account, we have sent an e-mail to it.";

    public static IEndpointRouteBuilder MapStorefrontSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, [AsParameters] AccountPageServices pages) =>
            RenderAsync(context, pages, "", error: null, StatusCodes.Status200OK)).WithName("UsersStorefrontSignIn");

        endpoints.MapPost(Path, async Task<Results<BadRequest, RedirectHttpResult, ContentHttpResult>> (HttpContext context, ShopperSignIn shoppers, SignInManager<IdentityUser> signIn,
            [AsParameters] AccountPageServices pages) =>
        {
            if (!await pages.Antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var email = form["email"].ToString().Trim();
            var outcome = await shoppers.CheckAsync(email, form["password"].ToString());
            if (outcome.User is { } user)
            {
                await signIn.SignInAsync(user, isPersistent: form["remember"] == "true");
                return TypedResults.Redirect(ReturnUrl(context, form["returnUrl"]));
            }

            var error = outcome.Result.IsLockedOut
                ? "This account is locked after too many failed sign-in attempts. Try again in 15 minutes."
                : "The email address or password is wrong.";
            return await RenderAsync(context, pages, email.Length > FieldLimits.Email ? "" : email, error, StatusCodes.Status400BadRequest);
        }).AddEndpointFilter(AccountDoorThrottle.Instance).WithName("UsersStorefrontSignInForm");

        endpoints.MapPost("/account/sign-out", async Task<Results<BadRequest, RedirectHttpResult>> (HttpContext context, SignInManager<IdentityUser> signIn, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            await signIn.SignOutAsync();
            return TypedResults.Redirect($"{context.Request.PathBase}/");
        }).WithName("UsersStorefrontSignOut");
        return endpoints;
    }

    private static async Task<ContentHttpResult> RenderAsync(HttpContext context, AccountPageServices pages, string email, string? error, int status)
    {
        var tokens = pages.Antiforgery.GetAndStoreTokens(context);
        var notice = !context.Request.HasFormContentType && context.Request.Query[SignedUpQuery] == "1" ? SignedUpNotice : null;
        var page = new StorefrontSignInPage(ReturnUrl(context, context.Request.HasFormContentType ? context.Request.Form["returnUrl"] : context.Request.Query["returnUrl"]),
            email, error, notice, tokens.FormFieldName, tokens.RequestToken!);
        return await pages.Views.ViewAsync("sign-in", page, status);
    }

    /// <summary>Only a path inside this store; anything else goes to the account's orders.</summary>
    internal static string ReturnUrl(HttpContext context, string? returnUrl) =>
        LocalReturnUrl.Or(context, returnUrl, (context.Request.PathBase.Value ?? "") + Account);
}
