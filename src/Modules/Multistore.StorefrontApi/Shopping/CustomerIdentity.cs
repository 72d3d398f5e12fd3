using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>The customer a bearer token names, when the request sends one and the store signs customers in.</summary>
public static class CustomerIdentity
{
    public static async Task<string?> CustomerIdAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } signedIn)
        {
            return signedIn;
        }

        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemes is null || await schemes.GetSchemeAsync(IdentityConstants.BearerScheme) is null
            || !(context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || context.Request.Query.ContainsKey("access_token")))
        {
            return null;
        }

        var result = await context.AuthenticateAsync(IdentityConstants.BearerScheme);
        return result.Succeeded ? result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }
}
