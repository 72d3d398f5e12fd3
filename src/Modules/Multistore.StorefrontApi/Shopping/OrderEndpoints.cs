using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Orders.Services;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>An order and its payment, for its customer (bearer token) or for whoever holds the order token checkout returned.</summary>
public static class OrderEndpoints
{
    /// <summary>How often an app should poll a payment that is still pending.</summary>
    public const int PollSeconds = 5;

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder api)
    {
        var orders = api.MapGroup("/orders/{number}").WithTags("Orders");
        orders.MapGet("", GetAsync).WithName("GetOrder")
            .WithSummary("The order with its status: with the customer's bearer token, or the orderToken from checkout in the X-Order-Token header.");
        orders.MapGet("/payment", PaymentAsync).WithName("GetOrderPayment")
            .WithSummary("The payment's status and next action (Stripe client secret, transfer instructions) for apps to poll; settled is true once it will not change by itself. Same access as the order.");
        orders.MapGet("/payment-methods", AlternativesAsync).WithName("GetOrderPaymentMethods")
            .WithSummary("The other methods the order may be paid with now (after a declined card, or before a card payment is confirmed); empty once its payment cannot change. Same access as the order.");
        orders.MapPost("/payment", SwitchAsync).WithName("ChangeOrderPayment")
            .WithSummary("Pays the order with another method from GET payment-methods, on the same order (its items stay held), and starts that payment; answers as GET payment does. 422 when the payment cannot change or the method is not offered.");
        return api;
    }

    private static async Task<Results<Ok<ApiMethod[]>, ProblemHttpResult>> AlternativesAsync(
        string number, [FromHeader(Name = "X-Order-Token")] string? orderToken, [AsParameters] OrderPaymentServices services, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, orderToken, services.Orders, context, cancellationToken) is not { } order)
        {
            return NoSuchOrder(number);
        }

        var methods = await services.Choice.AlternativesAsync(order.Id, await services.Standing.CustomerAsync(await CustomerIdentity.CustomerIdAsync(context), cancellationToken), cancellationToken);
        return TypedResults.Ok(methods.Select(m => new ApiMethod(m.Code, m.Name, m.Fee)).ToArray());
    }

    private static async Task<Results<Ok<ApiPaymentStatus>, ProblemHttpResult>> SwitchAsync(
        string number, [FromHeader(Name = "X-Order-Token")] string? orderToken, PaymentChange body, [AsParameters] OrderPaymentServices services, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, orderToken, services.Orders, context, cancellationToken) is not { } order)
        {
            return NoSuchOrder(number);
        }

        try
        {
            var customer = await services.Standing.CustomerAsync(await CustomerIdentity.CustomerIdAsync(context), cancellationToken);
            await services.Choice.SwitchAsync(order.Id, body.PaymentMethod ?? "", customer, cancellationToken);
        }
        catch (OrderTransitionException refused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The payment method cannot change",
                detail: services.Localizer[refused.Message], extensions: new Dictionary<string, object?> { ["field"] = refused.Field });
        }

        return await PaymentAsync(number, orderToken, services.Orders, context, cancellationToken);
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> GetAsync(
        string number, [FromHeader(Name = "X-Order-Token")] string? orderToken, IOrderQueries orders, HttpContext context, CancellationToken cancellationToken) =>
        await FindAsync(number, orderToken, orders, context, cancellationToken) is { } order ? TypedResults.Ok(order) : NoSuchOrder(number);

    private static async Task<Results<Ok<ApiPaymentStatus>, ProblemHttpResult>> PaymentAsync(
        string number, [FromHeader(Name = "X-Order-Token")] string? orderToken, IOrderQueries orders, HttpContext context, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, orderToken, orders, context, cancellationToken) is not { } order)
        {
            return NoSuchOrder(number);
        }

        var payment = order.Payment;
        var status = payment?.Status ?? "NotStarted";
        var settled = status is not (nameof(PaymentStatus.Pending) or "NotStarted");
        if (!settled)
        {
            context.Response.Headers.RetryAfter = PollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Ok(new ApiPaymentStatus(order.Number, order.Status, payment?.Provider, status, payment?.Amount ?? order.Totals.Grand,
            payment?.NextAction ?? new Dictionary<string, string>(), payment?.Error, settled));
    }

    private static async Task<OrderView?> FindAsync(string number, string? orderToken, IOrderQueries orders, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        OrderView? order = null;
        if (await CustomerIdentity.CustomerIdAsync(context) is { } customer)
        {
            order = await orders.FindForCustomerAsync(number, customer, cancellationToken);
        }

        if (order is null && !string.IsNullOrWhiteSpace(orderToken))
        {
            order = await orders.FindByNumberAsync(number, orderToken.Trim(), cancellationToken);
        }

        return order;
    }

    private static ProblemHttpResult NoSuchOrder(string number) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found", detail: $"No order {number} for this customer or order token.");
}
