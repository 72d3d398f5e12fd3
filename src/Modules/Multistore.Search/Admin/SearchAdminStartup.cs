using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Catalog.Admin;
using Multistore.Modules;
using Multistore.Search.Indexing;

namespace Multistore.Search.Admin;

/// <summary>The search index page (status, rebuild with progress), when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class SearchAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Search index", "search", CatalogPermissions.ManageCatalog) { Order = 40 });

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<SearchIndexPage>("search", CatalogPermissions.ManageCatalog).WithName("AdminSearchIndex");
        endpoints.MapAdminPost("search/rebuild", (HttpContext context, SearchIndexer indexer, IStringLocalizer<AdminText> t) =>
        {
            indexer.RequestRebuild();
            return AdminResults.Redirect(context, "search", t["Rebuild started."]);
        }, CatalogPermissions.ManageCatalog).WithName("AdminSearchRebuild");
    }
}
