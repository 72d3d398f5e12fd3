using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;
using Multistore.Tax.Services;

namespace Multistore.Tax.Admin;

/// <summary>The tax rules pages, when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class TaxAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<TaxPermissions>();
        services.AddScoped<TaxRules>();
        services.AddAdminSettingsGroup("Tax rules", TaxAdminEndpoints.ListPath, TaxPermissions.ManageTaxRules, order: 20);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTaxAdminEndpoints();
}
