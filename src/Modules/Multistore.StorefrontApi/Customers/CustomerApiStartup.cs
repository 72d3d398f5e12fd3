using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Customers;

/// <summary>
/// Customer accounts for apps and kiosks when the Users module is on: sign-up, and sign-in that returns a
/// bearer token. Tokens are protected with the shell's data protection, whose purpose names the tenant, so a
/// token of one store is refused by every other.
/// </summary>
[RequireFeatures("Multistore.Users")]
public sealed class CustomerApiStartup : ModuleStartup
{
    public const string Policy = "storefront-customer";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options =>
        {
            options.BearerTokenExpiration = TimeSpan.FromHours(1);
            options.RefreshTokenExpiration = TimeSpan.FromDays(30);
            options.Events.OnMessageReceived = context =>
            {
                // Browsers cannot send headers on a WebSocket: the live hub takes the token from the query, as SignalR clients send it.
                if (context.Request.Path.StartsWithSegments(StorefrontApiRoutes.HubPath, StringComparison.OrdinalIgnoreCase)
                    && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStorefrontApi().MapCustomerEndpoints();
}
