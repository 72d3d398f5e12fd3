using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>Turns the commerce services' validation exceptions into 400 problem details naming the field.</summary>
public sealed class CommerceValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CartValidationException exception)
        {
            return Problem(exception.Field, exception.Message);
        }
        catch (CheckoutValidationException exception)
        {
            return Problem(exception.Field, exception.Message);
        }
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: message);
}
