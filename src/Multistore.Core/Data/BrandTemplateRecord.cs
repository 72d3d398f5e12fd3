namespace Multistore.Data;

/// <summary>A row of the host database's brand templates: features and settings groups as JSON.</summary>
internal sealed class BrandTemplateRecord
{
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
    public string Description { get; set; } = "";

    /// <summary>A JSON array of feature ids.</summary>
    public string FeaturesJson { get; set; } = "[]";

    /// <summary>A JSON object: settings group name → the group's values.</summary>
    public string SettingsJson { get; set; } = "{}";

    public long Version { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
