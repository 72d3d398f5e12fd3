namespace Multistore.Tenancy.Management;

/// <summary>A store's template chain (closest first), every settings value with its source, and each inherited feature with the template that gives it.</summary>
public sealed record StoreConfigurationSources(
    string Tenant, string? Template, IReadOnlyList<string> Chain, IReadOnlyList<SettingSource> Sources, IReadOnlyDictionary<string, string> InheritedFeatures);
