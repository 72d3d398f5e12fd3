using System.Text.Json;

namespace Multistore.Tenancy.Management;

/// <summary>
/// Configuration stores inherit (a brand, or a brand in a region): features, and settings groups such as
/// Site (theme, cultures, currency), Theme (theme settings) and providers' non-secret settings. A template may
/// inherit from another (<see cref="Parent"/>), up to three levels. It is never
/// served: it has no hosts, no database and no shell.
/// </summary>
public sealed record BrandTemplate
{
    public required string Name { get; init; }
    public string? Parent { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>Settings group name → the values this template sets in it (an object).</summary>
    public IReadOnlyDictionary<string, JsonElement> Settings { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The version it was read at; a save must carry it, so two editors never overwrite each other silently.</summary>
    public long Version { get; init; }

    public DateTimeOffset UpdatedUtc { get; init; }

    public JsonElement? Group(string group) =>
        Settings.FirstOrDefault(s => string.Equals(s.Key, group, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Value : null;
}
