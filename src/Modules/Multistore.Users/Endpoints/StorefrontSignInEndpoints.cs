using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Theming;
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
        endpoints.MapGet(Path, (HttpContext context, IThemeViewRenderer views, IAntiforgery antiforgery) =>
            RenderAsync(context, views, antiforgery, "", null, StatusCodes.Status200OK)).WithName("UsersStorefrontSignIn");

        endpoints.MapPost(Path, async (HttpContext context, ShopperSignIn shoppers, SignInManager<IdentityUser> signIn, IThemeViewRenderer views, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var email = form["email"].ToString().Trim();
            var outcome = await shoppers.CheckAsync(email, form["password"].ToString());
            if (outcome.User is { } user)
            {
                await signIn.SignInAsync(user, isPersistent: form["remember"] == "true");
                return Results.Redirect(ReturnUrl(context, form["returnUrl"]));
            }

            var error = outcome.Result.IsLockedOut
                ? "This account is locked after too many failed sign-in attempts. Try again in 15 minutes."
                : "The email address or password is wrong.";
            return await RenderAsync(context, views, antiforgery, email.Length > FieldLimits.Email ? "" : email, error, StatusCodes.Status400BadRequest);
        }).AddEndpointFilter<AccountDoorThrottle>().WithName("UsersStorefrontSignInForm");

        endpoints.MapPost("/account/sign-out", async (HttpContext context, SignInManager<IdentityUser> signIn, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await signIn.SignOutAsync();
            return Results.Redirect($"{context.Request.PathBase}/");
        }).WithName("UsersStorefrontSignOut");
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, IThemeViewRenderer views, IAntiforgery antiforgery, string email, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var notice = !context.Request.HasFormContentType && context.Request.Query[SignedUpQuery] == "1" ? SignedUpNotice : null;
        var page = new StorefrontSignInPage(ReturnUrl(context, context.Request.HasFormContentType ? context.Request.Form["returnUrl"] : context.Request.Query["returnUrl"]),
            email, error, notice, tokens.FormFieldName, tokens.RequestToken!);
        return await views.ViewAsync("sign-in", page, status);
    }

    /// <summary>Only a path inside this store; anything else goes to the account's orders.</summary>
    internal static string ReturnUrl(HttpContext context, string? returnUrl) =>
        LocalReturnUrl.Or(context, returnUrl, (context.Request.PathBase.Value ?? "") + Account);
}
