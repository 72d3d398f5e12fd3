using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Orders.Services;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>An order for its customer (bearer token) or for whoever holds the order token checkout returned.</summary>
public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/orders/{number}", GetAsync).WithTags("Orders").WithName("GetOrder")
            .WithSummary("The order with its status: with the customer's bearer token, or the orderToken from checkout in the X-Order-Token header.");
        return api;
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> GetAsync(
        string number, [FromHeader(Name = "X-Order-Token")] string? orderToken, IOrderQueries orders, HttpContext context, CancellationToken cancellationToken)
    {
        OrderView? order = null;
        if (await CustomerIdentity.CustomerIdAsync(context) is { } customer)
        {
            order = await orders.FindForCustomerAsync(number, customer, cancellationToken);
        }

        if (order is null && !string.IsNullOrWhiteSpace(orderToken))
        {
            order = await orders.FindByNumberAsync(number, orderToken.Trim(), cancellationToken);
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return order is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found",
                detail: $"No order {number} for this customer or order token.")
            : TypedResults.Ok(order);
    }
}
