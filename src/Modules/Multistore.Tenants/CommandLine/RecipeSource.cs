using Multistore.Recipes;

namespace Multistore.Tenants.CommandLine;

/// <summary>A recipe named by the command line: a name in recipes/, or a path to a JSON file (an export, say).</summary>
internal static class RecipeSource
{
    public static Recipe Load(RecipeCatalog catalog, string value) =>
        value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(value)
            ? RecipeReader.Read(File.ReadAllText(value), Path.GetFileName(value))
            : catalog.Get(value);
}
