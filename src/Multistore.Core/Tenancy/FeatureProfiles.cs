using Multistore.Setup;

namespace Multistore.Tenancy;

/// <summary>
/// The feature profiles as host management sees them: the host database's profiles, a profile checked to be well
/// formed before it is stored.
/// </summary>
internal sealed class FeatureProfiles(FeatureProfileStore store) : IFeatureProfiles
{
    public Task<IReadOnlyList<FeatureProfile>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task SaveAsync(FeatureProfile profile, CancellationToken cancellationToken)
    {
        var errors = FeatureProfileRules.Validate(profile);
        if (errors.Count > 0)
        {
            throw new TenantValidationException(errors);
        }

        await store.SaveAsync(profile, cancellationToken);
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => store.DeleteAsync(name, cancellationToken);
}
