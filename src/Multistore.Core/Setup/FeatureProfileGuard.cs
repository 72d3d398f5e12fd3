using Multistore.Modules;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Checks features against the tenant's feature profile wherever features are enabled: setup recipes,
/// the tenant's feature management and rollouts. Always-enabled features are part of every tenant.
/// </summary>
internal sealed class FeatureProfileGuard(FeatureProfileStore profiles, ModuleCatalog catalog)
{
    public async Task EnsureAllowedAsync(TenantSettings tenant, IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var errors = await ConflictsAsync(tenant, featureIds, cancellationToken);
        if (errors.Count > 0)
        {
            throw new TenantValidationException(new Dictionary<string, string[]> { ["features"] = [.. errors] });
        }
    }

    /// <summary>Why the tenant's feature profile forbids each of the features it forbids; empty when it allows them all.</summary>
    public async Task<IReadOnlyList<string>> ConflictsAsync(TenantSettings tenant, IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        if (tenant.FeatureProfile is null)
        {
            return [];
        }

        var profile = await profiles.FindAsync(tenant.FeatureProfile, cancellationToken)
            ?? throw TenantValidationException.For("featureProfile", $"Tenant '{tenant.Name}' names feature profile '{tenant.FeatureProfile}', which does not exist.");
        return [.. featureIds
            .Where(id => catalog.Find(id) is not { AlwaysEnabled: true })
            .Select(profile.Check)
            .OfType<string>()];
    }
}
