namespace Multistore.Tenancy.Management;

/// <summary>
/// Enables or disables one feature on every running store, or on the named ones; each store's outcome is reported and a
/// store that fails is left exactly as it was.
/// </summary>
public interface IFeatureRollouts
{
    Task<IReadOnlyList<FeatureRolloutResult>> RunAsync(string featureId, bool enable, IReadOnlyCollection<string>? tenantNames,
        IProgress<FeatureRolloutResult>? progress, CancellationToken cancellationToken);
}
