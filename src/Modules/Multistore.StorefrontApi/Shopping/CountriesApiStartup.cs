using Microsoft.AspNetCore.Routing;
using Multistore.Modules;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>The countries endpoint whenever checkout is on: an app builds its address form from it before there is a cart.</summary>
[RequireFeatures("Multistore.Checkout")]
public sealed class CountriesApiStartup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStorefrontApi().MapCountryEndpoints();
}
