namespace Multistore.Data;

/// <summary>One settings group of the tenant, as JSON.</summary>
internal sealed class SettingsDocument
{
    public string Group { get; set; } = "";
    public string Json { get; set; } = "{}";
    public DateTime UpdatedUtc { get; set; }
}
