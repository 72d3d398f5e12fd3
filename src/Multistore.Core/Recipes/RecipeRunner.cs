using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Recipes;

/// <summary>Runs expanded steps inside a shell: all are validated first, then each runs in a scope of its own.</summary>
internal static class RecipeRunner
{
    public static IReadOnlyList<RecipeError> Validate(IServiceProvider shellServices, IReadOnlyList<RecipeStepInstance> steps)
    {
        var errors = new List<RecipeError>();
        using var scope = shellServices.CreateScope();
        var known = scope.ServiceProvider.GetServices<IRecipeStep>().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var step in steps)
        {
            if (!known.TryGetValue(step.Name, out var handler))
            {
                errors.Add(new RecipeError(step.RecipeName, step.StepIndex, "name",
                    $"Unknown step '{step.Name}'. Steps of the enabled features: {string.Join(", ", known.Keys.Order())}."));
                continue;
            }

            var context = new RecipeStepContext(step.RecipeName, step.StepIndex, step.Step, scope.ServiceProvider);
            handler.Validate(context);
            errors.AddRange(context.Errors);
        }

        return errors;
    }

    public static async Task ExecuteAsync(IServiceProvider shellServices, IReadOnlyList<RecipeStepInstance> steps, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            progress?.Report($"{step.RecipeName} step {step.StepIndex}: {step.Name}");
            await using var scope = shellServices.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IRecipeStep>().First(s => string.Equals(s.Name, step.Name, StringComparison.OrdinalIgnoreCase));
            var context = new RecipeStepContext(step.RecipeName, step.StepIndex, step.Step, scope.ServiceProvider);
            try
            {
                await handler.ExecuteAsync(context, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not RecipeException)
            {
                throw new RecipeException([new RecipeError(step.RecipeName, step.StepIndex, step.Name, $"failed: {exception.GetBaseException().Message}")]);
            }

            if (context.Errors.Count > 0)
            {
                throw new RecipeException(context.Errors);
            }
        }
    }
}
