using System.Text.Json;

namespace Multistore.Recipes;

/// <summary>One step of a recipe as a step sees it: its JSON (parameters already substituted) and where it stands.</summary>
public sealed class RecipeStepContext(string recipeName, int stepIndex, JsonElement step, IServiceProvider services)
{
    private readonly List<RecipeError> _errors = [];

    public string RecipeName { get; } = recipeName;
    public int StepIndex { get; } = stepIndex;
    public JsonElement Step { get; } = step;
    public IServiceProvider Services { get; } = services;
    public IReadOnlyList<RecipeError> Errors => _errors;

    public void AddError(string field, string message) =>
        _errors.Add(new RecipeError(RecipeName, StepIndex, field, message));
}
