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

    /// <summary>Only what the tenant sets itself, without what it inherits from its brand templates.</summary>
    JsonElement? GetOwn(string group) => Get(group);

    /// <summary>
    /// Writes the whole group, as a settings page that posts every field does. A value equal to what the tenant
    /// inherits from its brand templates is not an override: it keeps following the templates. Values not written
    /// are inherited again.
    /// </summary>
    Task SaveAsync(string group, JsonElement value, CancellationToken cancellationToken = default);

    /// <summary>Sets the given properties of a group and keeps the others; as with a save, a value equal to the inherited one is not an override.</summary>
    Task MergeAsync(string group, JsonElement values, CancellationToken cancellationToken = default);

    /// <summary>"Reset to inherited": removes the tenant's own values at the given dotted paths ("Fee", "Colors.Primary").</summary>
    async Task ResetAsync(string group, IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        if (GetOwn(group) is not { ValueKind: JsonValueKind.Object } own)
        {
            return;
        }

        var removed = paths.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = own.EnumerateObject().Where(p => !removed.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value);
        await SaveAsync(group, JsonSerializer.SerializeToElement(kept), cancellationToken);
    }
}
