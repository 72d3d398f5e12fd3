namespace Multistore.Data;

/// <summary>A row of the host database's feature profiles; the rules are stored as JSON.</summary>
internal sealed class FeatureProfileRecord
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string RulesJson { get; set; } = "[]";
    public DateTime UpdatedUtc { get; set; }
}
