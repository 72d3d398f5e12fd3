using Multistore.Setup;

namespace Multistore.Tenancy.Management;

/// <summary>
/// The feature profiles that bound what tenants may enable. A profile that is not well formed is refused with a
/// <see cref="TenantValidationException"/> by field before anything is stored.
/// </summary>
public interface IFeatureProfiles
{
    Task<IReadOnlyList<FeatureProfile>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(FeatureProfile profile, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
}
