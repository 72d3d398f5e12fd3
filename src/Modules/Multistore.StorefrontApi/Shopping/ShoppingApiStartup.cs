using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Services;
using Multistore.Events;
using Multistore.Modules;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>Cart, checkout and orders on the API when the commerce features are on.</summary>
[RequireFeatures("Multistore.Cart", "Multistore.Checkout", "Multistore.Orders")]
public sealed class ShoppingApiStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddScoped<IEventSubscriber<CartChanged>, CartChangeBroadcaster>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapStorefrontApi();
        api.MapCartEndpoints();
        api.MapCheckoutEndpoints();
        api.MapOrderEndpoints();
    }
}
