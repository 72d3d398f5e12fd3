using Multistore.Recipes;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>A recipe named by the command line: a name in recipes/, or a path to a JSON file (an export, say).</summary>
internal static class RecipeSource
{
    public static Recipe Load(IRecipeCatalog catalog, string value) =>
        value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(value)
            ? catalog.Read(File.ReadAllText(value), Path.GetFileName(value))
            : catalog.Get(value);
}
