using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Modules;

/// <summary>
/// What a feature contributes to a tenant's shell: services, middleware and endpoints.
/// Every startup of every enabled feature runs once per shell build, in <see cref="Order"/>.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Lower runs first, for services, middleware and endpoints alike.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Middleware of the tenant pipeline, added after routing and before endpoints.</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
