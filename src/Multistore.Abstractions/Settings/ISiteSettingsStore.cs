using System.Text.Json;

namespace Multistore.Settings;

/// <summary>
/// The tenant's settings, one JSON document per group ("Site", "Catalog", ...), stored in the tenant database.
/// Reads come from the snapshot loaded when the shell was built, through the brand-template cascade; a save releases the shell so that
/// options and services built from settings are rebuilt on the next request.
/// </summary>
public interface ISiteSettingsStore
{
    JsonElement? Get(string group);

    T Get<T>(string group) where T : new();

    /// <summary>
    /// Only what the tenant sets itself, without what it inherits from its brand templates: what an edit that
    /// rewrites a whole group must start from, so inherited values do not become the tenant's own.
    /// </summary>
    JsonElement? GetOwn(string group) => Get(group);

    Task SaveAsync(string group, JsonElement value, CancellationToken cancellationToken = default);

    /// <summary>Sets the given properties of a group and keeps the others.</summary>
    Task MergeAsync(string group, JsonElement values, CancellationToken cancellationToken = default);
}
