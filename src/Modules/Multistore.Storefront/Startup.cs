using Microsoft.AspNetCore.Routing;
using Multistore.Modules;
using Multistore.Storefront.Endpoints;

namespace Multistore.Storefront;

public sealed class Startup : ModuleStartup
{
    /// <summary>Last, so its not-found fallback never hides another module's route.</summary>
    public override int Order => 1000;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHomePage();
        endpoints.MapNotFoundPage();
    }
}
