namespace Multistore.Recipes;

/// <summary>
/// A named step a module contributes to recipes. Every step of a recipe is validated before any step runs,
/// so <see cref="Validate"/> must look at the input only and write nothing.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    void Validate(RecipeStepContext context);

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
