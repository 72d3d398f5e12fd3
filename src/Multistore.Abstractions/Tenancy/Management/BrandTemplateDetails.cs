namespace Multistore.Tenancy.Management;

/// <summary>A template with where each of its values comes from (itself or a parent) and the stores that inherit from it.</summary>
public sealed record BrandTemplateDetails(BrandTemplate Template, IReadOnlyList<string> Chain, IReadOnlyList<SettingSource> Sources, IReadOnlyList<string> InheritingStores);
