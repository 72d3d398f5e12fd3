namespace Multistore.Data;

/// <summary>A row of the host database's rollouts: the run as JSON, its state and feature as columns for lists.</summary>
internal sealed class RolloutRecord
{
    public string Id { get; set; } = "";
    public string Feature { get; set; } = "";
    public string State { get; set; } = "";
    public string Json { get; set; } = "{}";
    public DateTime StartedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public long Version { get; set; }
}
