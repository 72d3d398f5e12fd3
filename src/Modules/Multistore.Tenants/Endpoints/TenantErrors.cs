using Microsoft.AspNetCore.Http;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>Turns the engine's refusals into problem details: per-field validation errors, conflicts, recipe errors.</summary>
internal static class TenantErrors
{
    public static async Task<IResult> HandleAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (TenantValidationException exception)
        {
            return TypedResults.ValidationProblem(exception.Errors, title: "The tenant request is not valid.");
        }
        catch (TenantConflictException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: exception.Message);
        }
        catch (RecipeException exception)
        {
            var errors = exception.Errors.GroupBy(e => e.StepIndex < 0 ? e.Field : $"steps[{e.StepIndex}].{e.Field}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The recipe cannot run.");
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: exception.Message);
        }
    }
}
