using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>
/// Turns the commerce services' validation exceptions into 400 problem details naming the field, a SKU the store
/// does not sell (unknown, or a product sold as variants) into a 422 problem document naming the field and the SKU,
/// and a reused idempotency key into a 422 problem document that says so.
/// </summary>
public sealed class CommerceValidationFilter : IEndpointFilter
{
    /// <summary>The one filter its endpoints share (it keeps no state; added by type, each shell build threw an exception per endpoint).</summary>
    public static readonly CommerceValidationFilter Instance = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CartValidationException exception) when (exception.IsNotSellable)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [exception.Field] = [exception.Message] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The store does not sell this SKU.",
                Detail = exception.Message,
            });
        }
        catch (CartValidationException exception)
        {
            return Problem(exception.Field, exception.Message);
        }
        catch (CheckoutValidationException exception)
        {
            return Problem(exception.Field, exception.Message);
        }
        catch (IdempotencyKeyReusedException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused with different parameters");
        }
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: message);
}
