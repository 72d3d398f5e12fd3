using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Modules;

/// <summary>
/// What a feature contributes to a tenant's shell: services, middleware and endpoints. Every startup of every
/// enabled feature runs once per shell build, in feature dependency order (a feature after the features it
/// depends on). That order is all services and endpoints need; middleware says where it runs by joining a named
/// <see cref="PipelineStage"/>, and a fallback route says it is a fallback (<c>MapFallback</c>, whose route order
/// puts it after every other route), so no startup has to sort itself before or after another.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Middleware of the tenant pipeline, each piece added to its stage: <c>pipeline.Use(PipelineStage.Api, app => app.UseCors())</c>.</summary>
    public virtual void Configure(IShellPipelineBuilder pipeline)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
