namespace Multistore.Recipes;

/// <summary>What is wrong in a recipe, and where: recipe, step index (0-based) and field path.</summary>
public sealed record RecipeError(string Recipe, int StepIndex, string Field, string Message)
{
    public override string ToString() =>
        StepIndex < 0
            ? $"Recipe '{Recipe}': {Field}: {Message}"
            : $"Recipe '{Recipe}', step {StepIndex}, field '{Field}': {Message}";
}
