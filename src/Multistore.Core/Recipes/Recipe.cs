using System.Text.Json;

namespace Multistore.Recipes;

/// <summary>A recipe as read from its JSON file, before its parameters are filled in.</summary>
public sealed record Recipe(
    string Name,
    string DisplayName,
    string Description,
    string Version,
    IReadOnlyList<string> Tags,
    IReadOnlyList<RecipeParameter> Parameters,
    IReadOnlyList<JsonElement> Steps);
