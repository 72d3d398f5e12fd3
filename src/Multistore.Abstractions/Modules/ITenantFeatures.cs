using Multistore.Setup;

namespace Multistore.Modules;

/// <summary>
/// Enables and disables features of a running tenant: dependencies come along, a feature others need stays, and
/// the change releases the shell so the next request runs with it. Refusals are <see cref="TenantValidationException"/>s.
/// </summary>
public interface ITenantFeatures
{
    Task<IReadOnlyList<string>> EnabledAsync(string tenantName, CancellationToken cancellationToken);

    /// <summary>Enables the features and their dependencies; returns the features that were newly enabled.</summary>
    Task<IReadOnlyList<string>> EnableAsync(string tenantName, IReadOnlyCollection<string> featureIds, CancellationToken cancellationToken);

    Task DisableAsync(string tenantName, string featureId, CancellationToken cancellationToken);
}
