namespace Multistore.Tenancy.Management;

/// <summary>
/// The recipes a store can be made from (the recipes folder), and reading an uploaded one. A recipe that cannot be read
/// is refused with a <see cref="RecipeException"/> naming its errors.
/// </summary>
public interface IRecipeCatalog
{
    IReadOnlyList<Recipe> List();

    /// <summary>The recipe by name; an unknown name is a <see cref="RecipeException"/> on <c>recipe</c>.</summary>
    Recipe Get(string name);

    /// <summary>Reads a recipe's JSON text, e.g. an uploaded export; <paramref name="source"/> names it in errors.</summary>
    Recipe Read(string json, string source);
}
