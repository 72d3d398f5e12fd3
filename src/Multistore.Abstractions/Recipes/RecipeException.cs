namespace Multistore.Recipes;

/// <summary>A recipe that cannot run; every error names the recipe, step and field.</summary>
public sealed class RecipeException(IReadOnlyList<RecipeError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
