using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;

namespace Multistore.Catalog.Admin;

public static class ProductAdminEndpoints
{
    public static IEndpointRouteBuilder MapProductAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<ProductsPage>("catalog/products", CatalogPermissions.ManageCatalog).WithName("AdminProducts");
        return endpoints;
    }
}
