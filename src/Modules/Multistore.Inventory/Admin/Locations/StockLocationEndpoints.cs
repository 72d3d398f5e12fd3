using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Multistore.Admin;
using Multistore.Admin.Routing;

namespace Multistore.Inventory.Admin.Locations;

/// <summary>The stock locations: list, add, edit (name, kind, priority; the code is the key stock refers to).</summary>
public static class StockLocationEndpoints
{
    public const string Path = "stock-locations";

    public static IEndpointRouteBuilder MapStockLocationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<StockLocationsPage>(Path, InventoryPermissions.ManageInventory).WithName("AdminStockLocations");
        endpoints.MapAdminPage<StockLocationEditPage>($"{Path}/new", InventoryPermissions.ManageInventory).WithName("AdminNewStockLocation");
        endpoints.MapAdminPost($"{Path}/new", CreateAsync, InventoryPermissions.ManageInventory).WithName("AdminCreateStockLocation");
        endpoints.MapAdminPage<StockLocationEditPage>($"{Path}/{{code}}", InventoryPermissions.ManageInventory).WithName("AdminStockLocation");
        endpoints.MapAdminPost($"{Path}/{{code}}", SaveAsync, InventoryPermissions.ManageInventory).WithName("AdminSaveStockLocation");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<StockLocationEditPage>, RedirectHttpResult>> CreateAsync([FromForm] StockLocationForm form, StockLocationAdmin locations, HttpContext context, CancellationToken cancellationToken)
    {
        // Codes are lower-case, so "MAIN" is the existing "main", not a second location.
        var code = form.Code?.Trim().ToLowerInvariant() ?? "";
        var (location, errors) = StockLocationFormValidator.Validate(form, code);
        if (errors.IsValid && await locations.ExistsAsync(code, cancellationToken))
        {
            errors.Add(nameof(form.Code), "This store already has a location with this code.");
        }

        if (errors.IsValid)
        {
            try
            {
                await locations.AddAsync(location, cancellationToken);
                return AdminResults.Redirect(context, Path, context.AdminText()["Stock location {0} added.", location.Name]);
            }
            catch (DbUpdateException)
            {
                // Two posts of the same new code at once: the key refuses the second.
                errors.Add(nameof(form.Code), "This store already has a location with this code.");
            }
        }

        return AdminResults.Page<StockLocationEditPage>(new { Form = form, Errors = errors });
    }

    private static async Task<Results<NotFound, RazorComponentResult<StockLocationEditPage>, RedirectHttpResult>> SaveAsync(string code, [FromForm] StockLocationForm form, StockLocationAdmin locations, HttpContext context, CancellationToken cancellationToken)
    {
        if (await locations.FindAsync(code, cancellationToken) is not { } existing)
        {
            return TypedResults.NotFound();
        }

        var (location, errors) = StockLocationFormValidator.Validate(form, existing.Code);
        if (!errors.IsValid)
        {
            return AdminResults.Page<StockLocationEditPage>(new { Code = existing.Code, Form = form, Errors = errors });
        }

        return await locations.UpdateAsync(location, cancellationToken)
            ? AdminResults.Redirect(context, Path, context.AdminText()["Stock location {0} saved.", location.Name])
            : TypedResults.NotFound();
    }
}
