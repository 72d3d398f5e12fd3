using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Changes a tenant's hosts, URL prefix, feature profile or template, with the same checks as a create. A running store
/// keeps its features: a feature profile that forbids any of them is refused naming them (it was set before, and the
/// store then broke its own profile, issue 14).
/// </summary>
internal sealed class TenantEditService(
    Multistore.Hosting.HostStartup startup, TenantRegistry registry, TenantRequestValidator validator, TenantFeatures features, FeatureProfileGuard profileGuard) : ITenantEditing
{
    public async Task<TenantSettings> EditAsync(string name, TenantEdit edit, CancellationToken cancellationToken)
    {
        await startup.Ready;
        var tenant = RegisteredTenant.Existing(registry, name);
        var changed = await validator.ValidateEditAsync(tenant, edit, cancellationToken);
        if (changed.FeatureProfile is not null && changed.FeatureProfile != tenant.FeatureProfile && tenant.State == TenantState.Running)
        {
            var conflicts = await profileGuard.ConflictsAsync(changed, await features.EnabledAsync(name, cancellationToken), cancellationToken);
            if (conflicts.Count > 0)
            {
                throw new TenantValidationException(new Dictionary<string, string[]>
                {
                    ["featureProfile"] = [.. conflicts.Select(c => $"Store '{tenant.Name}' has this feature enabled: {c} Disable it first, or choose another profile.")],
                });
            }
        }

        return await registry.SaveAsync(changed, cancellationToken);
    }
}
