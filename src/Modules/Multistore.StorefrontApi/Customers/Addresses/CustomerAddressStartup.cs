using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Checkout.Services;
using Multistore.Data;
using Multistore.Modules;
using Multistore.StorefrontApi.Endpoints;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>Customers' address books (API and the web account's page) when customers sign in and the store checks out (whose address rules they follow).</summary>
[RequireFeatures("Multistore.Users", "Multistore.Checkout")]
public sealed class CustomerAddressStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CustomerAddressDbContext>(CustomerAddressDbContext.HistoryName);
        services.AddScoped<CustomerAddressBook>();
        services.AddScoped<AddressBookPages>();
        services.AddScoped<ISavedAddresses, AddressBookForCheckout>();
        services.AddAntiforgery();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStorefrontApi().MapCustomerAddressEndpoints();
        endpoints.MapAddressBookPages();
    }
}
