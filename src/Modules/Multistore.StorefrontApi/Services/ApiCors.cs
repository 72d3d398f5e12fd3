using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Multistore.StorefrontApi.Services;

/// <summary>Browser apps may call the API from the origins the tenant lists in its StorefrontApi settings, and from no other.</summary>
public static class ApiCors
{
    public static IServiceCollection AddStorefrontApiCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<StorefrontApiSettings>>((cors, api) =>
            cors.AddPolicy(StorefrontApiRoutes.CorsPolicy, policy => policy
                .WithOrigins([.. api.Value.CorsOrigins.Select(o => o.TrimEnd('/'))])
                .AllowAnyHeader()
                .AllowAnyMethod()
                .WithExposedHeaders("ETag", "Retry-After", "Location")));
        return services;
    }
}
