using System.Net;
using Microsoft.AspNetCore.Http;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// The page a store's administrator reaches by its setup link (<c>/setup?token=...</c>), served by the host because the
/// store has no shell yet: a form for the administrator's email and password, then the recipe runs. The token is the
/// credential, carried in the form rather than a cookie, so a forged cross-site post has nothing to ride on.
/// </summary>
internal sealed class SetupLinkPage(TenantSetupLinks links)
{
    public static bool IsSetupPath(HttpContext context, PathString path) =>
        path.Equals("/" + SetupLink.Path, StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsPost(context.Request.Method));

    public async Task HandleAsync(HttpContext context, TenantSettings tenant)
    {
        var form = HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        var token = form?["token"].ToString() ?? context.Request.Query["token"].ToString();
        try
        {
            if (form is null)
            {
                links.Open(tenant, token);
                await WriteFormAsync(context, StatusCodes.Status200OK, tenant, token, null, "");
                return;
            }

            await links.CompleteAsync(tenant, token, form["email"], form["password"], context.RequestAborted);
            await HostPages.WriteAsync(context, StatusCodes.Status200OK, "Your store is ready",
                $"{tenant.Name} is set up. Sign in at /admin with the email and password you chose.");
        }
        catch (TenantValidationException exception) when (exception.Errors.ContainsKey("token"))
        {
            await HostPages.WriteAsync(context, StatusCodes.Status410Gone, "Setup link refused", exception.Message);
        }
        catch (TenantValidationException exception)
        {
            await WriteFormAsync(context, StatusCodes.Status400BadRequest, tenant, token, exception.Message, form?["email"].ToString() ?? "");
        }
        catch (RecipeException exception)
        {
            await WriteFormAsync(context, StatusCodes.Status400BadRequest, tenant, token, string.Join(" ", exception.Errors.Select(e => e.Message)), form?["email"].ToString() ?? "");
        }
    }

    private static Task WriteFormAsync(HttpContext context, int status, TenantSettings tenant, string token, string? error, string email)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var action = WebUtility.HtmlEncode($"{context.Request.PathBase}/{SetupLink.Path}");
        var alert = error is null ? "" : $"<p role=\"alert\" class=\"error\">{WebUtility.HtmlEncode(error)}</p>";
        return context.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>Set up {{WebUtility.HtmlEncode(tenant.Name)}}</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:10vh auto;padding:0 1rem;color:#222}label,input,button{display:block;margin:.3rem 0}input{width:100%;padding:.4rem}.error{color:#a00}</style>
            </head><body><main><h1>Set up {{WebUtility.HtmlEncode(tenant.Name)}}</h1>
            <p>Choose the email and password of the store's administrator. The store is set up when you submit.</p>{{alert}}
            <form method="post" action="{{action}}">
            <input type="hidden" name="token" value="{{WebUtility.HtmlEncode(token)}}">
            <label for="email">Administrator email</label><input type="email" id="email" name="email" required value="{{WebUtility.HtmlEncode(email)}}">
            <label for="password">Password</label><input type="password" id="password" name="password" required autocomplete="new-password">
            <button type="submit">Set up the store</button>
            </form></main></body></html>
            """);
    }
}
