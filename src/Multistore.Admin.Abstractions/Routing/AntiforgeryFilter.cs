using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Admin.Routing;

/// <summary>
/// Every admin post carries an antiforgery token, in the form or the <c>RequestVerificationToken</c> header,
/// even when the handler binds no form field (a bare "Enable" button).
/// </summary>
public sealed class AntiforgeryFilter : IEndpointFilter
{
    /// <summary>
    /// The one filter every admin post shares (it keeps no state). Added by type, ASP.NET Core first tries a constructor
    /// taking the endpoint's context and catches the failure: an exception per admin post on every shell build.
    /// </summary>
    public static readonly AntiforgeryFilter Instance = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var validated = http.Features.Get<IAntiforgeryValidationFeature>();
        var valid = validated?.IsValid ?? await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
        if (!valid)
        {
            return TypedResults.Problem(
                title: "The form has expired",
                detail: "The security token of the form is missing or invalid. Reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
