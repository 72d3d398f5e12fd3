using Multistore.Tenancy;

namespace Multistore.BrandTemplates;

/// <summary>
/// Brand templates as host management sees them: <see cref="BrandTemplateService"/>'s validated saves and previews,
/// and each template described with its chain, where its values come from and the stores that inherit from it.
/// </summary>
internal sealed class BrandTemplateCatalog(BrandTemplateService templates, TenantRegistry registry) : IBrandTemplates
{
    public Task<IReadOnlyDictionary<string, BrandTemplate>> AllAsync(CancellationToken cancellationToken) => templates.AllAsync(cancellationToken);

    public async Task<BrandTemplateDetails?> DescribeAsync(string name, CancellationToken cancellationToken)
    {
        var all = await templates.AllAsync(cancellationToken);
        if (!all.TryGetValue(name, out var template))
        {
            return null;
        }

        var chain = TemplateChain.Resolve(name, all, out _) ?? new TemplateChain([template]);
        var parents = new TemplateChain([.. chain.Levels.Skip(1)]);
        var sources = template.Settings.Keys.Concat(parents.Levels.SelectMany(l => l.Settings.Keys)).Distinct(StringComparer.OrdinalIgnoreCase)
            .SelectMany(group => SettingsCascade.Sources(group, template.Group(group), parents, template.Name)).ToList();
        var stores = TemplateImpactPlanner.Inheriting(template.Name, all, registry.All).Select(t => t.Name).ToList();
        return new BrandTemplateDetails(template, [.. chain.Levels.Select(l => l.Name)], sources, stores);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> InheritingStoresAsync(CancellationToken cancellationToken)
    {
        var all = await templates.AllAsync(cancellationToken);
        return all.Values.ToDictionary(
            t => t.Name,
            t => (IReadOnlyList<string>)[.. TemplateImpactPlanner.Inheriting(t.Name, all, registry.All).Select(s => s.Name)],
            StringComparer.OrdinalIgnoreCase);
    }

    public Task<TemplateImpact> PreviewAsync(BrandTemplate proposed, CancellationToken cancellationToken) => templates.PreviewAsync(proposed, cancellationToken);

    public Task<BrandTemplate> SaveAsync(BrandTemplate template, CancellationToken cancellationToken) => templates.SaveAsync(template, cancellationToken);

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => templates.DeleteAsync(name, cancellationToken);
}
