using System.Text.Json;
using Multistore.Admin.Routing;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>The template editor's form: features one per line, settings groups as one JSON object.</summary>
public sealed class TemplateForm
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string? Parent { get; set; }
    public string? Description { get; set; }
    public string? Features { get; set; }
    public string? Settings { get; set; } = "{}";
    public long Version { get; set; }

    /// <summary>"preview" shows which stores a change reaches; "save" stores it.</summary>
    public string? Action { get; set; }

    public static TemplateForm From(BrandTemplate template) => new()
    {
        Parent = template.Parent,
        Description = template.Description,
        Features = string.Join('\n', template.Features),
        Settings = JsonSerializer.Serialize(template.Settings, Indented),
        Version = template.Version,
    };

    public BrandTemplate? ToTemplate(string name, FormErrors errors)
    {
        Dictionary<string, JsonElement>? settings = null;
        try
        {
            settings = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(string.IsNullOrWhiteSpace(Settings) ? "{}" : Settings);
        }
        catch (JsonException exception)
        {
            errors.Add(nameof(Settings), $"Settings must be a JSON object of groups, e.g. {{ \"Site\": {{ \"Currency\": \"EUR\" }} }}: {exception.Message}");
        }

        return settings is null ? null : new BrandTemplate
        {
            Name = name,
            Parent = string.IsNullOrWhiteSpace(Parent) ? null : Parent.Trim(),
            Description = Description?.Trim() ?? "",
            Features = (Features ?? "").Split(['\n', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Settings = settings,
            Version = Version,
        };
    }

    /// <summary>The form input an engine error field belongs to.</summary>
    public static string FieldOf(string engineField) =>
        engineField.StartsWith("features", StringComparison.Ordinal) ? nameof(Features)
        : engineField.StartsWith("settings", StringComparison.Ordinal) ? nameof(Settings)
        : engineField == "parent" ? nameof(Parent)
        : "Name";
}
