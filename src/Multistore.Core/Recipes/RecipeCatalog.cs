using Multistore.Hosting;

namespace Multistore.Recipes;

/// <summary>The recipes in the host's recipes folder, by name (the file <c>{name}.recipe.json</c>).</summary>
internal sealed class RecipeCatalog(AppDataPaths paths) : IRecipeCatalog
{
    public IReadOnlyList<Recipe> List()
    {
        if (!Directory.Exists(paths.Recipes))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(paths.Recipes, "*.recipe.json")
            .Order(StringComparer.Ordinal)
            .Select(file => RecipeReader.Read(File.ReadAllText(file), Path.GetFileName(file)))];
    }

    public Recipe Get(string name)
    {
        var file = Path.Combine(paths.Recipes, $"{name}.recipe.json");
        if (name.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(file))
        {
            throw new RecipeException([new RecipeError(name, -1, "recipe", $"There is no recipe '{name}' in {paths.Recipes}.")]);
        }

        return RecipeReader.Read(File.ReadAllText(file), Path.GetFileName(file));
    }

    public Recipe Read(string json, string source) => RecipeReader.Read(json, source);
}
