using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Catalog.Admin;
using Multistore.Feeds.Services;
using Multistore.Modules;

namespace Multistore.Feeds.Admin;

/// <summary>
/// The feed check page, when the tenant has the admin. It needs the catalog editors' permission: they are the ones
/// who fix what it lists, on the product pages it links to.
/// </summary>
[RequireFeatures("Multistore.Admin")]
public sealed class FeedsAdminStartup : ModuleStartup
{
    public const string Path = "feeds/check";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<FeedCheck>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Feed check", Path, CatalogPermissions.ManageCatalog) { Order = 50 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapAdminPage<FeedCheckPage>(Path, CatalogPermissions.ManageCatalog).WithName("AdminFeedCheck");
}
