using Multistore.BrandTemplates;

namespace Multistore.Tenants.Endpoints;

/// <summary>A template with where each of its values comes from (itself or a parent) and the stores that inherit from it.</summary>
public sealed record TemplateDetails(BrandTemplate Template, IReadOnlyList<string> Chain, IReadOnlyList<SettingSource> Sources, IReadOnlyList<string> InheritingStores);
