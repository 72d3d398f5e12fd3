using Microsoft.AspNetCore.Routing;
using Multistore.Modules;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>Faceted search on the API when the Search feature is on.</summary>
[RequireFeatures("Multistore.Search")]
public sealed class CatalogSearchApiStartup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStorefrontApi().MapSearchEndpoints();
}
