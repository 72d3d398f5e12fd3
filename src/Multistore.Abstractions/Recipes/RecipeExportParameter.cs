namespace Multistore.Recipes;

/// <summary>A parameter an exported recipe declares for a contributor's steps, with the exported store's value as its default.</summary>
public sealed record RecipeExportParameter(string Name, string Default, string Description);
