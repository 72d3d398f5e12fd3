namespace Multistore.Tenancy.Management;

/// <summary>
/// How a store differs from its template or recipe: every differing value with its source. <see cref="Baseline"/> is the
/// template or recipe compared with, null when the store has none; <see cref="NotCompared"/> lists what the baseline leaves
/// to parameters given at creation (a site name, a currency), which no later value can be said to drift from.
/// </summary>
public sealed record StoreDrift(string Tenant, DriftBaseline Against, string? Baseline, IReadOnlyList<DriftItem> Items, IReadOnlyList<string> NotCompared)
{
    public bool Drifted => Items.Count > 0;
}
