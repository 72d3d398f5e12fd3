using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Tenants.Endpoints;
using Multistore.Tenants.Services;

namespace Multistore.Tenants;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<TenantsDbContext>("tenants");
        services.AddScoped<ApiKeyService>();
        services.AddScoped<Multistore.Health.IOperatorKeys, HostApiOperatorKeys>();
        services.AddSingleton<TenantDirectory>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTenantEndpoints();
        endpoints.MapFeatureProfileEndpoints();
        endpoints.MapDriftEndpoints();
        endpoints.MapRolloutEndpoints();
        endpoints.MapTemplateEndpoints();
        endpoints.MapMetricsEndpoint();
        endpoints.MapUsageEndpoint();
    }
}
