using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>The signed-in customer's address book; only their bearer token reaches it, and only their addresses.</summary>
public static class CustomerAddressEndpoints
{
    public static IEndpointRouteBuilder MapCustomerAddressEndpoints(this IEndpointRouteBuilder api)
    {
        var addresses = api.MapGroup("/customers/me/addresses").WithTags("Customers").RequireAuthorization(CustomerApiStartup.Policy);
        addresses.MapGet("", ListAsync).WithName("ListAddresses").WithSummary("The customer's saved addresses, the default first.");
        addresses.MapPost("", AddAsync).WithName("AddAddress")
            .WithSummary("Saves an address; it must suit its country's format and a country the store ships to. The first one becomes the default.");
        addresses.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateAddress").WithSummary("Replaces a saved address.");
        addresses.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteAddress").WithSummary("Deletes a saved address.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SavedAddress>>> ListAsync(ClaimsPrincipal user, CustomerAddressBook book, CancellationToken cancellationToken) =>
        TypedResults.Ok(await book.ListAsync(CustomerOf(user), cancellationToken));

    private static async Task<Results<Created<SavedAddress>, ValidationProblem>> AddAsync(
        AddressInput address, ClaimsPrincipal user, CustomerAddressBook book, HttpContext context, CancellationToken cancellationToken)
    {
        var change = await book.AddAsync(CustomerOf(user), address, cancellationToken);
        return change.Address is { } saved
            ? TypedResults.Created($"{context.Request.PathBase}{StorefrontApiRoutes.Base}/customers/me/addresses/{saved.Id}", saved)
            : Invalid(change);
    }

    private static async Task<Results<Ok<SavedAddress>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, AddressInput address, ClaimsPrincipal user, CustomerAddressBook book, CancellationToken cancellationToken)
    {
        var change = await book.UpdateAsync(CustomerOf(user), id, address, cancellationToken);
        if (change is null)
        {
            return NoSuchAddress(id);
        }

        return change.Address is { } saved ? TypedResults.Ok(saved) : Invalid(change);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, CustomerAddressBook book, CancellationToken cancellationToken) =>
        await book.DeleteAsync(CustomerOf(user), id, cancellationToken) ? TypedResults.NoContent() : NoSuchAddress(id);

    private static string CustomerOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static ValidationProblem Invalid(AddressChange change) =>
        TypedResults.ValidationProblem(change.Errors, title: change.Errors.First().Value[0]);

    private static ProblemHttpResult NoSuchAddress(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Address not found", detail: $"You have no saved address {id}.");
}
