using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Enables or disables one feature on many tenants in one action. Each tenant goes through the same checks as
/// its own feature management (dependencies, feature profile); a tenant that fails is reported with the reason
/// and stays unchanged, and the rollout goes on with the others.
/// </summary>
internal sealed class FeatureRollout(TenantRegistry registry, TenantFeatures features) : IFeatureRollouts
{
    /// <param name="featureId">The feature to switch.</param>
    /// <param name="enable">True to enable, false to disable.</param>
    /// <param name="tenantNames">The tenants; null means every running tenant except the Default tenant, which a list may not name.</param>
    /// <param name="progress">Told of each tenant's result as it is known.</param>
    /// <param name="cancellationToken">Stops before the next tenant.</param>
    public async Task<IReadOnlyList<FeatureRolloutResult>> RunAsync(string featureId, bool enable, IReadOnlyCollection<string>? tenantNames,
        IProgress<FeatureRolloutResult>? progress, CancellationToken cancellationToken)
    {
        if (tenantNames?.FirstOrDefault(n => string.Equals(n, TenantSettings.DefaultName, StringComparison.OrdinalIgnoreCase)) is { } host)
        {
            throw TenantValidationException.For("tenants", $"'{host}' is the SaaS host, not a store: rollouts change stores only. Nothing was changed.");
        }

        var names = tenantNames ?? [.. registry.All.Where(t => t.State == TenantState.Running && !t.IsDefault).Select(t => t.Name).Order(StringComparer.Ordinal)];
        var results = new List<FeatureRolloutResult>(names.Count);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await RunOneAsync(name, featureId, enable, cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }

        return results;
    }

    private async Task<FeatureRolloutResult> RunOneAsync(string name, string featureId, bool enable, CancellationToken cancellationToken)
    {
        try
        {
            var enabled = await features.EnabledAsync(name, cancellationToken);
            var isEnabled = enabled.Contains(featureId, StringComparer.OrdinalIgnoreCase);
            if (isEnabled == enable)
            {
                return new(name, FeatureRolloutOutcome.Unchanged, $"'{featureId}' was already {(enable ? "enabled" : "disabled")}.");
            }

            if (enable)
            {
                var added = await features.EnableAsync(name, [featureId], cancellationToken);
                return new(name, FeatureRolloutOutcome.Changed, $"Enabled {string.Join(", ", added)}.");
            }

            await features.DisableAsync(name, featureId, cancellationToken);
            return new(name, FeatureRolloutOutcome.Changed, $"Disabled {featureId}.");
        }
        catch (TenantValidationException exception)
        {
            return new(name, FeatureRolloutOutcome.Failed, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new(name, FeatureRolloutOutcome.Failed, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
