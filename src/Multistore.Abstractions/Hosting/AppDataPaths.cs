namespace Multistore.Hosting;

/// <summary>
/// The host's folders, resolved once against the content root. Plain data in Abstractions because modules that
/// keep files of a tenant (product images, the search index, the mail pickup folder) need the tenant's folder,
/// and nothing else of the engine.
/// </summary>
public sealed record AppDataPaths(string AppData, string Themes, string Recipes)
{
    public string TenantFolder(string tenant) => Path.Combine(AppData, "Sites", tenant);
}
