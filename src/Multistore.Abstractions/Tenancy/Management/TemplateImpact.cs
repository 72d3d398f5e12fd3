namespace Multistore.Tenancy.Management;

/// <summary>What saving a template would do: every store that inherits from it, and each changed value or feature with the stores it reaches.</summary>
public sealed record TemplateImpact(
    string Template,
    IReadOnlyList<string> InheritingStores,
    IReadOnlyList<TemplateChange> Changes,
    IReadOnlyList<string> FeaturesAdded,
    IReadOnlyList<string> FeaturesRemoved);
