using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// Turns the engine's refusals into problem details: per-field validation errors (400), conflicts (409), recipe errors
/// (400). Every host API handler declares these two outcomes beside its own, so clients see them in its signature.
/// </summary>
internal static class TenantErrors
{
    public static async Task<Results<TResult, ValidationProblem, ProblemHttpResult>> HandleAsync<TResult>(Func<Task<TResult>> action)
        where TResult : IResult
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
            return Conflict(exception.Message);
        }
        catch (RecipeException exception)
        {
            var errors = exception.Errors.GroupBy(e => e.StepIndex < 0 ? e.Field : $"steps[{e.StepIndex}].{e.Field}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The recipe cannot run.");
        }
        catch (TenantMoveFailedException exception)
        {
            return Conflict(exception.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException exception)
        {
            return Conflict(exception.Message);
        }
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);
}
