using System.Text.Json;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// PUT /api/templates/{name} and its preview: what the template sets. <see cref="Version"/> is the version it was
/// read at (absent for a new template), so two editors never overwrite each other silently.
/// </summary>
public sealed record TemplateBody(
    string? Parent,
    string? Description,
    IReadOnlyList<string>? Features,
    Dictionary<string, JsonElement>? Settings,
    long? Version);
