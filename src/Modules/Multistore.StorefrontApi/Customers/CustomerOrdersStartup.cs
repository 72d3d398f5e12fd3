using Microsoft.AspNetCore.Routing;
using Multistore.Modules;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Customers;

/// <summary>The customer's order list when customers sign in and the store takes orders.</summary>
[RequireFeatures("Multistore.Users", "Multistore.Orders")]
public sealed class CustomerOrdersStartup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStorefrontApi().MapCustomerOrderEndpoints();
}
