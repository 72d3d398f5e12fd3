namespace Multistore.Hosting;

/// <summary>The host's folders, resolved once against the content root.</summary>
public sealed record AppDataPaths(string AppData, string Themes, string Recipes)
{
    public string TenantFolder(string tenant) => Path.Combine(AppData, "Sites", tenant);
}
