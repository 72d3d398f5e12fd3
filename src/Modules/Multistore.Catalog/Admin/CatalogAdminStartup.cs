using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Catalog.Admin.Attributes;
using Multistore.Catalog.Admin.Categories;
using Multistore.Catalog.Admin.Products;
using Multistore.Modules;

namespace Multistore.Catalog.Admin;

/// <summary>The catalog's admin pages, when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class CatalogAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<CatalogPermissions>();
        services.AddScoped<ProductAdminQuery>();
        services.AddScoped<ProductFormLoader>();
        services.AddScoped<ProductEditor>();
        services.AddScoped<AttributeUsage>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Products", "catalog/products", CatalogPermissions.ManageCatalog) { Order = 10 });
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Categories", "catalog/categories", CatalogPermissions.ManageCatalog) { Order = 20 });
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Attributes", "catalog/attributes", CatalogPermissions.ManageCatalog) { Order = 25 });
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Import and export", "catalog/import", CatalogPermissions.ManageCatalog) { Order = 30 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProductAdminEndpoints();
        endpoints.MapCategoryAdminEndpoints();
        endpoints.MapAttributeAdminEndpoints();
        endpoints.MapCatalogImportAdminEndpoints();
    }
}
