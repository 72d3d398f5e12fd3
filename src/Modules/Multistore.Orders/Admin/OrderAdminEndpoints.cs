using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Commerce;
using Multistore.Orders.Domain;
using Multistore.Orders.Services;

namespace Multistore.Orders.Admin;

/// <summary>The order list and detail, and the detail page's forms: status, refund, note.</summary>
public static class OrderAdminEndpoints
{
    public static IEndpointRouteBuilder MapOrderAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<OrdersPage>("orders", OrderPermissions.ManageOrders).WithName("AdminOrders");
        endpoints.MapAdminPage<OrderDetailPage>("orders/{number}", OrderPermissions.ManageOrders).WithName("AdminOrder");
        endpoints.MapAdminPost("orders/{number}/status", ChangeStatusAsync, OrderPermissions.ManageOrders).WithName("AdminOrderStatus");
        endpoints.MapAdminPost("orders/{number}/refunds", RefundAsync, OrderPermissions.ManageOrders).WithName("AdminOrderRefund");
        endpoints.MapAdminPost("orders/{number}/notes", AddNoteAsync, OrderPermissions.ManageOrders).WithName("AdminOrderNote");
        endpoints.MapAdminPost("orders/{number}/payment-received", OrderPaymentReceipt.MarkReceivedAsync, OrderPermissions.ManageOrders).WithName("AdminOrderPaymentReceived");
        return endpoints;
    }

    private static async Task<Results<NotFound, RazorComponentResult<OrderDetailPage>, RedirectHttpResult>> ChangeStatusAsync(string number, [FromForm] OrderStatusForm form, OrderAdminQuery orders, OrderLifecycle lifecycle, HttpContext context, CancellationToken cancellationToken)
    {
        if (await orders.GetAsync(number, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        if (!Enum.TryParse<OrderStatus>(form.Status, ignoreCase: false, out var to) || !Enum.IsDefined(to))
        {
            return Invalid(number, "Status", "Choose the new status.");
        }

        try
        {
            await lifecycle.ChangeStatusAsync(order.Id, to, Who(context), Trimmed(form.Note), cancellationToken);
        }
        catch (OrderTransitionException exception)
        {
            return Invalid(number, "Status", exception.Message);
        }

        var t = context.AdminText();
        return AdminResults.Redirect(context, $"orders/{number}", t["Order {0} is now {1}.", number, t[OrderStatusNames.Of(to)]]);
    }

    private static async Task<Results<NotFound, RazorComponentResult<OrderDetailPage>, RedirectHttpResult>> RefundAsync(string number, [FromForm] OrderRefundForm form, OrderAdminQuery orders, OrderRefunds refunds, HttpContext context, CancellationToken cancellationToken)
    {
        if (await orders.GetAsync(number, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(form.Amount))
        {
            if (!decimal.TryParse(form.Amount.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var typed))
            {
                return Invalid(number, "Amount", "Enter the amount as a number, e.g. 12.50, or leave it empty to refund everything left.", form);
            }

            amount = typed;
        }

        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            return Invalid(number, "Reason", "Say why the money goes back (the shopper and your bookkeeping will ask).", form);
        }

        OrderRefund? refund;
        try
        {
            refund = await refunds.RefundAsync(order.Id, amount, form.Reason, Who(context), cancellationToken);
        }
        catch (OrderTransitionException exception)
        {
            return Invalid(number, exception.Field == "amount" ? "Amount" : "Refund", exception.Message, form);
        }

        if (refund is { Status: PaymentStatus.Failed })
        {
            return Invalid(number, "Refund", context.AdminText()["The payment provider refused the refund: {0}", refund.Error ?? ""], form);
        }

        var done = context.RequestServices.GetRequiredService<AdminFormat>().Money(refund!.Amount, order.Currency);
        return AdminResults.Redirect(context, $"orders/{number}", context.AdminText()["Refunded {0} on order {1}.", done, number]);
    }

    private static async Task<Results<NotFound, RazorComponentResult<OrderDetailPage>, RedirectHttpResult>> AddNoteAsync(string number, [FromForm] OrderNoteForm form, OrderAdminQuery orders, OrderLifecycle lifecycle, HttpContext context, CancellationToken cancellationToken)
    {
        if (await orders.GetAsync(number, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        if (string.IsNullOrWhiteSpace(form.Text))
        {
            return Invalid(number, "Text", "Write the note first.");
        }

        await lifecycle.AddNoteAsync(order.Id, Who(context), form.Text, cancellationToken);
        return AdminResults.Redirect(context, $"orders/{number}", "Note added.");
    }

    internal static RazorComponentResult<OrderDetailPage> Invalid(string number, string field, string message, OrderRefundForm? refund = null)
    {
        var errors = new FormErrors();
        errors.Add(field, message);
        return AdminResults.Page<OrderDetailPage>(new { Number = number, Errors = errors, Refund = refund });
    }

    internal static string Who(HttpContext context) => context.User.Identity?.Name ?? "staff";

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
