using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// Lets a call through only with an API key (<c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>) that
/// grants the permission: no or unknown key is 401, a key without the permission is 403.
/// </summary>
public sealed class ApiKeyRequirement(string permission) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var secret = SecretOf(http.Request);
        if (secret is null)
        {
            return Unauthorized(http, "An API key is required: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
        }

        var key = await http.RequestServices.GetRequiredService<ApiKeyService>().AuthenticateAsync(secret, http.RequestAborted);
        if (key is null)
        {
            return Unauthorized(http, "The API key is not valid or has been revoked.");
        }

        if (!key.Grants(permission))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"API key '{key.Name}' does not grant '{permission}'.");
        }

        return await next(context);
    }

    private static string? SecretOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString().Trim();
        return header.Length > 0 ? header : null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);
    }
}
