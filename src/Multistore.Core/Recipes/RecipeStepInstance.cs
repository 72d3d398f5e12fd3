using System.Text.Json;

namespace Multistore.Recipes;

/// <summary>A step ready to run: parameters filled in, includes expanded, with the recipe and index it came from.</summary>
internal sealed record RecipeStepInstance(string RecipeName, int StepIndex, string Name, JsonElement Step);
