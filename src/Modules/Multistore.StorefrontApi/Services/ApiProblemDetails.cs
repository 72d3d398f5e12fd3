using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.StorefrontApi.Services;

/// <summary>Every error of the API is problem details with the trace id, so a report from an app leads to its logs.</summary>
public static class ApiProblemDetails
{
    public static IServiceCollection AddStorefrontApiProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.PathBase + context.HttpContext.Request.Path;
        });

    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(StorefrontApiRoutes.Base, StringComparison.OrdinalIgnoreCase);
}
