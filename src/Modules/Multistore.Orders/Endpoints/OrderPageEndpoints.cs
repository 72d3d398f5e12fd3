using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.Orders.Models;
using Multistore.Orders.Services;
using Multistore.Theming;

namespace Multistore.Orders.Endpoints;

/// <summary>The order confirmation (a guest with the order's token, or its customer) and the customer's order history.</summary>
public static class OrderPageEndpoints
{
    public static IEndpointRouteBuilder MapOrderPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/orders/{number}", async (string number, string? token, HttpContext context, IOrderQueries orders, IThemeViewRenderer views, CancellationToken cancellationToken) =>
        {
            var customer = CustomerId(context);
            var order = customer is not null ? await orders.FindForCustomerAsync(number, customer, cancellationToken) : null;
            order ??= token is null ? null : await orders.FindByNumberAsync(number, token, cancellationToken);
            if (order is null)
            {
                return await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
            }

            var card = CardPaymentPage.For(order, context.Request, token);
            if (card is not null)
            {
                context.Response.Headers.ContentSecurityPolicy = CardPaymentPage.ContentSecurityPolicy;
                context.Response.Headers.CacheControl = "no-store";
            }

            return await views.ViewAsync("order", new OrderPage(order) { CardPayment = card });
        }).WithName("OrderPage");

        endpoints.MapGet("/account/orders", async (HttpContext context, IOrderQueries orders, IThemeViewRenderer views, CancellationToken cancellationToken) =>
        {
            var customer = CustomerId(context);
            var list = customer is null ? [] : await orders.ListForCustomerAsync(customer, cancellationToken);
            return await views.ViewAsync("order-history", new OrderHistoryPage(customer is not null, list), customer is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
        }).WithName("OrderHistoryPage");
        return endpoints;
    }

    private static string? CustomerId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
