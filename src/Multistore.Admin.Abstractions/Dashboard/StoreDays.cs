namespace Multistore.Admin.Dashboard;

/// <summary>Consecutive store days, oldest first, and their UTC boundaries: one more edge than days.</summary>
public sealed record StoreDays(IReadOnlyList<DateOnly> Days, IReadOnlyList<DateTime> EdgesUtc)
{
    public DateTime FromUtc => EdgesUtc[0];

    public DateTime ToUtc => EdgesUtc[^1];
}
