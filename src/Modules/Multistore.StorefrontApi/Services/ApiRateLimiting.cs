using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Farm;

namespace Multistore.StorefrontApi.Services;

/// <summary>
/// A fixed window per client: the signed-in customer, else the remote address. The limiter lives in the
/// tenant's container, so each store counts its own clients with its own settings; its windows come from
/// <see cref="IFarmRateLimits"/>, so on a farm they count across every node.
/// </summary>
public static class ApiRateLimiting
{
    public static IServiceCollection AddStorefrontApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = "This client sent more requests than the store allows in the current window. Wait and try again.",
                    },
                });
            };
            options.AddPolicy(StorefrontApiRoutes.RateLimitPolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<StorefrontApiSettings>>().Value;
                return http.RequestServices.GetRequiredService<IFarmRateLimits>().FixedWindow(
                    "storefront-api", ClientKey(http), settings.RequestsPerWindow, TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)));
            });
        });
        return services;
    }

    private static string ClientKey(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
            ? "user:" + user
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local");
}
