using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Orders.Models;
using Multistore.Orders.Services;
using Multistore.Theming;

namespace Multistore.Orders.Endpoints;

/// <summary>
/// The order confirmation (a guest with the order's token, or its customer), the change of payment method from it
/// after a card payment failed, and the customer's order history.
/// </summary>
public static class OrderPageEndpoints
{
    public static IEndpointRouteBuilder MapOrderPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/orders/{number}", async (string number, string? token, HttpContext context, [AsParameters] OrderPageServices services, CancellationToken cancellationToken) =>
        {
            var order = await FindAsync(number, token, context, services.Orders, cancellationToken);
            return order is null
                ? await services.Views.Renderer.ViewAsync("not-found", null, StatusCodes.Status404NotFound)
                : await RenderAsync(order, new PageState(token, null, StatusCodes.Status200OK), context, services, cancellationToken);
        }).WithName("OrderPage");

        endpoints.MapPost("/orders/{number}/payment-method", async Task<Results<BadRequest, RedirectHttpResult, ContentHttpResult>> (string number, HttpContext context, [AsParameters] OrderPageServices services, CancellationToken cancellationToken) =>
        {
            if (!await services.Views.Antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(cancellationToken);
            var token = form["token"].ToString() is { Length: > 0 } given ? given : null;
            var order = await FindAsync(number, token, context, services.Orders, cancellationToken);
            if (order is null)
            {
                return await services.Views.Renderer.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
            }

            try
            {
                await services.Choice.SwitchAsync(order.Id, form[OrderPaymentSwitch.Field].ToString(), await CustomerAsync(context, services, cancellationToken), cancellationToken);
            }
            catch (OrderTransitionException refused)
            {
                var now = await services.Orders.GetAsync(order.Number, cancellationToken) ?? order;
                return await RenderAsync(now, new PageState(token, services.Localizer[refused.Message], StatusCodes.Status400BadRequest), context, services, cancellationToken);
            }

            var query = token is null ? "" : $"?token={Uri.EscapeDataString(token)}";
            return TypedResults.Redirect($"{context.Request.PathBase}/orders/{Uri.EscapeDataString(order.Number)}{query}");
        }).WithName("OrderPaymentMethodForm");

        endpoints.MapGet("/account/orders", async (HttpContext context, IOrderQueries orders, IThemeViewRenderer views, CancellationToken cancellationToken) =>
        {
            var customer = CustomerId(context);
            var list = customer is null ? [] : await orders.ListForCustomerAsync(customer, cancellationToken);
            return await views.ViewAsync("order-history", new OrderHistoryPage(customer is not null, list), customer is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
        }).WithName("OrderHistoryPage");
        return endpoints;
    }

    /// <summary>The order for its customer, or for whoever holds its token; null for anyone else.</summary>
    private static async Task<OrderView?> FindAsync(string number, string? token, HttpContext context, IOrderQueries orders, CancellationToken cancellationToken)
    {
        var customer = CustomerId(context);
        var order = customer is not null ? await orders.FindForCustomerAsync(number, customer, cancellationToken) : null;
        return order ?? (token is null ? null : await orders.FindByNumberAsync(number, token, cancellationToken));
    }

    /// <summary>How the order page is shown: the guest's token (kept in its links and forms), the refusal to show, the status.</summary>
    private sealed record PageState(string? Token, string? Error, int Status);

    private static async Task<ContentHttpResult> RenderAsync(OrderView order, PageState state, HttpContext context, OrderPageServices services, CancellationToken cancellationToken)
    {
        var card = CardPaymentPage.For(order, context.Request, state.Token);
        if (card is not null)
        {
            context.Response.Headers.ContentSecurityPolicy = CardPaymentPage.ContentSecurityPolicy;
            context.Response.Headers.CacheControl = "no-store";
        }

        var choices = await services.Choice.AlternativesAsync(order.Id, await CustomerAsync(context, services, cancellationToken), cancellationToken);
        var tokens = choices.Count > 0 ? services.Views.Antiforgery.GetAndStoreTokens(context) : null;
        return await services.Views.Renderer.ViewAsync("order", new OrderPage(order, await services.Views.Confirmations.ReadAsync(order, cancellationToken))
        {
            CardPayment = card, PaymentChoices = choices, Token = state.Token, PaymentChoiceError = state.Error,
            AntiforgeryField = tokens?.FormFieldName, AntiforgeryToken = tokens?.RequestToken,
        }, state.Status);
    }

    /// <summary>Who pays, from the account (business standing is staff-approved, never taken from the request).</summary>
    private static Task<PaymentCustomer> CustomerAsync(HttpContext context, OrderPageServices services, CancellationToken cancellationToken) =>
        services.Standing.CustomerAsync(CustomerId(context), cancellationToken);

    private static string? CustomerId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}

/// <summary>What the order pages need, bound by the endpoints' <c>[AsParameters]</c>.</summary>
public sealed record OrderPageServices(
    IOrderQueries Orders,
    IOrderPaymentChoice Choice,
    BusinessStanding Standing,
    OrderPageViews Views,
    IStringLocalizer Localizer);
