using Multistore.Tenancy;

namespace Multistore.BrandTemplates;

/// <summary>Where a store's configuration comes from: each settings value (the store or a template) and the features its templates give it.</summary>
internal sealed class StoreConfigurationReader(BrandTemplateStore templates, StoreSettingsReader reader) : IStoreConfigurationSources
{
    public async Task<StoreConfigurationSources> ReadAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var chain = await templates.ChainAsync(tenant.Template, cancellationToken);
        var own = await reader.ReadAsync(tenant, cancellationToken);
        var sources = own.Keys.Concat(chain.Levels.SelectMany(l => l.Settings.Keys)).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g, StringComparer.OrdinalIgnoreCase)
            .SelectMany(group => SettingsCascade.Sources(group, own.TryGetValue(group, out var value) ? value : null, chain))
            .ToList();
        var features = chain.Features.ToDictionary(f => f, f => chain.FeatureSource(f)!, StringComparer.OrdinalIgnoreCase);
        return new StoreConfigurationSources(tenant.Name, tenant.Template, [.. chain.Levels.Select(l => l.Name)], sources, features);
    }
}
