namespace Multistore.Recipes;

/// <summary>
/// A module's part of a tenant export: it adds the recipe steps that recreate its configuration (and, when
/// <see cref="RecipeExportContext.IncludeContent"/> is set, its content such as the catalog). Steps must be
/// ones the module's own recipe steps read back, and must never carry secrets.
/// </summary>
public interface IRecipeExportContributor
{
    Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken);
}
