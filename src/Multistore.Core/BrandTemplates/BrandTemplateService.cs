using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.BrandTemplates;

/// <summary>
/// The one service behind every door that edits brand templates (admin, REST API, recipes). A save is validated,
/// checked against the feature profiles of the stores it reaches, stored, and then releases the shell of every
/// store that inherits from the template, on every node, so the change is live at their next request.
/// </summary>
internal sealed class BrandTemplateService(
    BrandTemplateStore store,
    BrandTemplateValidator validator,
    TemplateImpactPlanner planner,
    TenantStore tenants,
    TenantRegistry registry,
    FeatureProfileGuard profileGuard)
{
    public Task<IReadOnlyDictionary<string, BrandTemplate>> AllAsync(CancellationToken cancellationToken) => store.AllAsync(cancellationToken);

    public Task<BrandTemplate?> FindAsync(string name, CancellationToken cancellationToken) => store.FindAsync(name, cancellationToken);

    /// <summary>What saving <paramref name="proposed"/> would change and for which stores; nothing is written.</summary>
    public async Task<TemplateImpact> PreviewAsync(BrandTemplate proposed, CancellationToken cancellationToken)
    {
        var all = await store.AllAsync(cancellationToken);
        validator.Validate(proposed, all);
        return await planner.PlanAsync(proposed, all, cancellationToken);
    }

    public async Task<BrandTemplate> SaveAsync(BrandTemplate template, CancellationToken cancellationToken)
    {
        var all = await store.AllAsync(cancellationToken);
        validator.Validate(template, all);
        var updated = new Dictionary<string, BrandTemplate>(all, StringComparer.OrdinalIgnoreCase) { [template.Name] = template };
        var stores = TemplateImpactPlanner.Inheriting(template.Name, updated, registry.All);
        var added = template.Features.Except(all.GetValueOrDefault(template.Name)?.Features ?? [], StringComparer.OrdinalIgnoreCase).ToList();
        await CheckProfilesAsync(stores, added, cancellationToken);

        var saved = await store.SaveAsync(template, cancellationToken);
        await tenants.TouchAsync([.. stores.Select(s => s.Name)], cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        return saved;
    }

    /// <summary>Removes a template no store and no other template inherits from.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var all = await store.AllAsync(cancellationToken);
        var users = registry.All.Where(t => string.Equals(t.Template, name, StringComparison.OrdinalIgnoreCase)).Select(t => $"store '{t.Name}'")
            .Concat(all.Values.Where(t => string.Equals(t.Parent, name, StringComparison.OrdinalIgnoreCase)).Select(t => $"template '{t.Name}'"))
            .ToList();
        if (users.Count > 0)
        {
            throw TenantValidationException.For("name", $"Template '{name}' is inherited by {string.Join(", ", users.Take(10))}{(users.Count > 10 ? ", ..." : "")}.");
        }

        return await store.DeleteAsync(name, cancellationToken);
    }

    /// <summary>Null when a store may name <paramref name="template"/>, otherwise why not.</summary>
    public async Task<string?> CheckAssignableAsync(string template, CancellationToken cancellationToken) =>
        TemplateChain.Resolve(template, await store.AllAsync(cancellationToken), out var error) is null ? error : null;

    private async Task CheckProfilesAsync(IReadOnlyList<TenantSettings> stores, List<string> added, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        foreach (var tenant in stores.Where(s => s.FeatureProfile is not null && added.Count > 0))
        {
            try
            {
                await profileGuard.EnsureAllowedAsync(tenant, added, cancellationToken);
            }
            catch (TenantValidationException exception)
            {
                errors.AddRange(exception.Errors.SelectMany(e => e.Value).Select(m => $"Store '{tenant.Name}': {m}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new TenantValidationException(new Dictionary<string, string[]> { ["features"] = [.. errors] });
        }
    }
}
