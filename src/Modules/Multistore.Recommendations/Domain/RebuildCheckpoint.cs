namespace Multistore.Recommendations.Domain;

/// <summary>When the counts were last rebuilt from the orders, so a shell that starts again soon after does not redo it.</summary>
internal sealed class RebuildCheckpoint
{
    public const string BoughtTogether = "bought-together";

    public string Id { get; set; } = BoughtTogether;
    public DateTime RebuiltUtc { get; set; }
}
