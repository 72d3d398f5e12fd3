using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>
/// Templates a tenant's editors changed, stored in the tenant database (settings group "Templates": template
/// name → Liquid source) and looked up before the theme's own. Saving parses first and refuses a template
/// that does not parse, naming line and column; a save or reset releases the shell, so the next request
/// (and a fresh output cache) renders with it.
/// </summary>
internal sealed class TenantTemplateOverrides(ISiteSettingsStore store, LiquidTemplateCache parser) : ITemplateOverrides
{
    public const string GroupName = "Templates";

    public TemplateOverride? Find(string templateName) =>
        store.Get(GroupName) is { ValueKind: JsonValueKind.Object } group
            && group.TryGetProperty(templateName, out var source) && source.ValueKind == JsonValueKind.String
            ? new TemplateOverride(source.GetString()!, 0)
            : null;

    /// <summary>Parses an override without storing it; throws <see cref="LiquidSyntaxException"/> naming line and column.</summary>
    public void Parse(string templateName, string source) => parser.Parse(source, templateName);

    /// <summary>Stores an override; throws <see cref="LiquidSyntaxException"/> (line and column in its message) and stores nothing when it does not parse.</summary>
    public Task SaveAsync(string templateName, string source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        parser.Parse(source, templateName);
        return store.MergeAsync(GroupName, JsonSerializer.SerializeToElement(new JsonObject { [templateName] = source }), cancellationToken);
    }

    /// <summary>Drops the override so the theme's version is used again.</summary>
    public Task ResetAsync(string templateName, CancellationToken cancellationToken = default)
    {
        var current = store.GetOwn(GroupName) is { ValueKind: JsonValueKind.Object } group ? JsonNode.Parse(group.GetRawText())!.AsObject() : [];
        current.Remove(templateName);
        return store.SaveAsync(GroupName, JsonSerializer.SerializeToElement(current), cancellationToken);
    }
}
