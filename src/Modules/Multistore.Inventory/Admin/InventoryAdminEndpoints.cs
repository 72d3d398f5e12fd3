using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Inventory.Domain;
using Multistore.Inventory.Services;

namespace Multistore.Inventory.Admin;

/// <summary>The stock list, one SKU's stock and history, and the adjustment form.</summary>
public static class InventoryAdminEndpoints
{
    public static IEndpointRouteBuilder MapInventoryAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<StockPage>("inventory", InventoryPermissions.ManageInventory).WithName("AdminStock");
        endpoints.MapAdminPage<StockItemPage>("inventory/{sku}", InventoryPermissions.ManageInventory).WithName("AdminStockItem");
        endpoints.MapAdminPost("inventory/{sku}/adjust", AdjustAsync, InventoryPermissions.ManageInventory).WithName("AdminAdjustStock");
        endpoints.MapAdminPost("inventory/{sku}/backorder", SetBackorderAsync, InventoryPermissions.ManageInventory).WithName("AdminStockBackorder");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<StockItemPage>, RedirectHttpResult>> AdjustAsync(string sku, [FromForm] StockAdjustForm form, IStockService stock, StockAdminQuery query, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var locations = await query.LocationsAsync(cancellationToken);
        if (!locations.Any(l => l.Code == form.Location))
        {
            errors.Add(nameof(form.Location), "Choose the location the stock is at.");
        }

        if (!int.TryParse(form.Change, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var change) || change == 0)
        {
            errors.Add(nameof(form.Change), "Enter how many more (e.g. 12) or fewer (e.g. -3) there are.");
        }

        if (!Enum.TryParse<StockMovementReason>(form.Reason, out var reason) || reason is not (StockMovementReason.Received or StockMovementReason.Adjusted))
        {
            errors.Add(nameof(form.Reason), "Choose why the stock changes: received, or a correction.");
        }

        if (reason == StockMovementReason.Adjusted && string.IsNullOrWhiteSpace(form.Note))
        {
            errors.Add(nameof(form.Note), "Say what the correction is for (a count, damage, loss), so the history explains it.");
        }

        if (errors.IsValid)
        {
            try
            {
                var who = context.User.Identity?.Name ?? "staff";
                var note = string.IsNullOrWhiteSpace(form.Note) ? who : $"{who}: {form.Note.Trim()}";
                await stock.AdjustAsync(sku, form.Location!, change, reason, note[..Math.Min(note.Length, 200)], cancellationToken);
                return AdminResults.Redirect(context, $"inventory/{Uri.EscapeDataString(sku)}", context.AdminText()["Stock of {0} at {1} changed by {2}.", sku, form.Location!, change.ToString("+#;-#", CultureInfo.CurrentCulture)]);
            }
            catch (InvalidOperationException exception)
            {
                errors.Add(nameof(form.Change), exception.Message);
            }
        }

        return Invalid(sku, form, errors);
    }

    private static async Task<Results<RazorComponentResult<StockItemPage>, RedirectHttpResult>> SetBackorderAsync(string sku, [FromForm] StockBackorderForm form, IStockService stock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var allowed = form.Backorder == "true";
        DateOnly? restockDate = null;
        if (!string.IsNullOrWhiteSpace(form.RestockDate))
        {
            if (!DateOnly.TryParseExact(form.RestockDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(nameof(form.RestockDate), "Enter the date as year-month-day (2027-01-15), or leave it empty.");
            }
            else if (!allowed)
            {
                errors.Add(nameof(form.RestockDate), "A ship date is only for a SKU sold on backorder: tick \"Sell on backorder\" or clear the date.");
            }
            else
            {
                restockDate = date;
            }
        }

        if (!errors.IsValid)
        {
            return AdminResults.Page<StockItemPage>(new { Sku = sku, Backorder = form, BackorderErrors = errors });
        }

        await stock.SetBackorderAsync(sku, new StockBackorder(allowed, restockDate), cancellationToken);
        var text = context.AdminText();
        return AdminResults.Redirect(context, $"inventory/{Uri.EscapeDataString(sku)}",
            allowed ? text["{0} is now sold on backorder.", sku] : text["{0} is now sold only while in stock.", sku]);
    }

    private static RazorComponentResult<StockItemPage> Invalid(string sku, StockAdjustForm form, FormErrors errors) =>
        AdminResults.Page<StockItemPage>(new { Sku = sku, Form = form, Errors = errors });
}
