namespace Multistore.Tenancy.Management;

/// <summary>
/// Enables or disables one feature across the fleet. <see cref="RunAsync(string, bool, IReadOnlyCollection{string}?, IProgress{FeatureRolloutResult}?, CancellationToken)"/>
/// switches every named store in one go; <see cref="StartAsync"/> runs a recorded rollout in rings that stops by itself on
/// failures and can be resumed or rolled back. A store that fails is left exactly as it was; the SaaS host is never a target.
/// </summary>
public interface IFeatureRollouts
{
    Task<IReadOnlyList<FeatureRolloutResult>> RunAsync(string featureId, bool enable, IReadOnlyCollection<string>? tenantNames,
        IProgress<FeatureRolloutResult>? progress, CancellationToken cancellationToken);

    /// <summary>Checks and records the plan (its rings fixed now), then switches the stores ring by ring.</summary>
    Task<RolloutRun> StartAsync(RolloutPlan plan, RolloutExecution execution, IProgress<RolloutStep>? progress, CancellationToken cancellationToken);

    /// <summary>Goes on with a stopped rollout from its next store (or one whose node died while it ran).</summary>
    Task<RolloutRun> ResumeAsync(string id, RolloutExecution execution, IProgress<RolloutStep>? progress, CancellationToken cancellationToken);

    /// <summary>Switches back, last first, every store the rollout changed, and leaves the rest alone.</summary>
    Task<RolloutRun> RollBackAsync(string id, RolloutExecution execution, IProgress<RolloutStep>? progress, CancellationToken cancellationToken);

    Task<RolloutRun?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The latest rollouts, newest first.</summary>
    Task<IReadOnlyList<RolloutRun>> ListAsync(int take, CancellationToken cancellationToken);
}
