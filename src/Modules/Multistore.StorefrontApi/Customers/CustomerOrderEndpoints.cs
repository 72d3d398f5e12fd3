using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Orders.Services;

namespace Multistore.StorefrontApi.Customers;

/// <summary>The signed-in customer's orders, newest first, placed on any touchpoint.</summary>
public static class CustomerOrderEndpoints
{
    public static IEndpointRouteBuilder MapCustomerOrderEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/customers/me/orders", ListAsync).WithTags("Customers").WithName("ListCustomerOrders")
            .RequireAuthorization(CustomerApiStartup.Policy)
            .WithSummary("The customer's orders, newest first (number, status, total, item count, touchpoint); GET /orders/{number} has the details.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<OrderSummary>>> ListAsync(
        ClaimsPrincipal user, IOrderQueries orders, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(await orders.ListForCustomerAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken));
    }
}
