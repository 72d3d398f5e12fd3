namespace Multistore.Recipes;

public sealed record RecipeParameter(string Name, string? Default, bool Required, string Description);
