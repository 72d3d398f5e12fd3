namespace Multistore.Data;

/// <summary>A feature enabled on the tenant, kept in the tenant's own database.</summary>
internal sealed class ShellFeatureRecord
{
    public string FeatureId { get; set; } = "";
    public DateTime EnabledUtc { get; set; }
}
