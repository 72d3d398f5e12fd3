namespace Multistore.Modules;

/// <summary>A feature as the engine knows it: its manifest and the startups that make it up.</summary>
public sealed record FeatureInfo(
    string Id,
    string Name,
    string ModuleId,
    string Category,
    string Description,
    IReadOnlyList<string> Dependencies,
    bool DefaultTenantOnly,
    bool AlwaysEnabled)
{
    public IReadOnlyList<StartupInfo> Startups { get; init; } = [];
}
