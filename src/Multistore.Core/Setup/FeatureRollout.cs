using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Multistore.Modules;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Setup;

/// <summary>
/// Enables or disables one feature on many stores. Each store goes through the same checks as its own feature
/// management (dependencies, feature profile); a store that fails is reported with the reason and stays unchanged.
/// A recorded rollout goes ring by ring (canaries, a wave, the rest) and stops by itself once more stores have failed
/// than its plan allows; it is resumed from its next store or rolled back, last store first, from any node.
/// </summary>
internal sealed partial class FeatureRollout(TenantRegistry registry, TenantFeatures features, RolloutStore store, IFeatureCatalog catalog,
    IHostApplicationLifetime lifetime, ILogger<FeatureRollout> logger) : IFeatureRollouts
{
    /// <param name="featureId">The feature to switch.</param>
    /// <param name="enable">True to enable, false to disable.</param>
    /// <param name="tenantNames">The tenants; null means every running tenant except the Default tenant, which a list may not name.</param>
    /// <param name="progress">Told of each tenant's result as it is known.</param>
    /// <param name="cancellationToken">Stops before the next tenant.</param>
    public async Task<IReadOnlyList<FeatureRolloutResult>> RunAsync(string featureId, bool enable, IReadOnlyCollection<string>? tenantNames,
        IProgress<FeatureRolloutResult>? progress, CancellationToken cancellationToken)
    {
        RefuseHost(tenantNames, "tenants");
        var names = tenantNames ?? RunningStores();
        var results = new List<FeatureRolloutResult>(names.Count);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await SwitchAsync(name, featureId, enable, cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }

        return results;
    }

    public async Task<RolloutRun> StartAsync(RolloutPlan plan, RolloutExecution execution, IProgress<RolloutStep>? progress, CancellationToken cancellationToken)
    {
        var now = store.Now;
        var run = new RolloutRun(NewId(), plan, RolloutRunState.Running, Rings(plan), [], [], null, now, now);
        await store.AddAsync(run, cancellationToken);
        return await ExecuteAsync(run, execution, progress, ForwardAsync, cancellationToken);
    }

    public async Task<RolloutRun> ResumeAsync(string id, RolloutExecution execution, IProgress<RolloutStep>? progress, CancellationToken cancellationToken)
    {
        var run = await store.ClaimAsync(id, RolloutRunState.Running, r => r.State switch
        {
            RolloutRunState.Stopped => null,
            _ => $"Rollout '{id}' is {RolloutStore.Describe(r.State)}; only a stopped rollout can be resumed.",
        }, cancellationToken);

        // The stores that failed are tried again: what made them fail may have been fixed, and they count against the limit only once.
        run = run with { Results = [.. run.Results.Where(r => r.Outcome != FeatureRolloutOutcome.Failed)] };
        return await ExecuteAsync(run, execution, progress, ForwardAsync, cancellationToken);
    }

    public async Task<RolloutRun> RollBackAsync(string id, RolloutExecution execution, IProgress<RolloutStep>? progress, CancellationToken cancellationToken)
    {
        var run = await store.ClaimAsync(id, RolloutRunState.RollingBack, r => r.State switch
        {
            RolloutRunState.Stopped or RolloutRunState.Completed => null,
            _ => $"Rollout '{id}' is {RolloutStore.Describe(r.State)}; only a stopped or completed rollout can be rolled back.",
        }, cancellationToken);
        return await ExecuteAsync(run, execution, progress, BackwardAsync, cancellationToken);
    }

    public Task<RolloutRun?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<RolloutRun>> ListAsync(int take, CancellationToken cancellationToken) => store.ListAsync(take, cancellationToken);

    /// <summary>Checks a plan and fixes its rings: canaries in their order, then the wave and the rest in name order.</summary>
    private List<RolloutRing> Rings(RolloutPlan plan)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(plan.Feature) || catalog.Find(plan.Feature) is not { } feature)
        {
            errors.Add("feature", $"There is no feature '{plan.Feature}'.");
        }
        else if (feature.DefaultTenantOnly || feature.AlwaysEnabled)
        {
            errors.Add("feature", $"Feature '{plan.Feature}' is {(feature.AlwaysEnabled ? "always enabled" : "for the SaaS host only")}; it is not rolled out to stores.");
        }

        errors.Add("wavePercent", plan.WavePercent is < 0 or > 100 ? $"The wave is a percentage from 0 to 100, not {plan.WavePercent}." : null);
        errors.Add("maxFailures", plan.MaxFailures < 0 ? $"The number of failures allowed cannot be negative ({plan.MaxFailures})." : null);
        RefuseHost(plan.Tenants, "tenants");
        RefuseHost(plan.Canaries, "canaries");
        var targets = plan.Tenants is { Count: > 0 } named ? named.Distinct(StringComparer.OrdinalIgnoreCase).ToList() : RunningStores();
        foreach (var name in targets.Where(n => registry.Find(n) is null))
        {
            errors.Add("tenants", $"There is no store '{name}'.");
        }

        var canaries = (plan.Canaries ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var name in canaries.Where(c => !targets.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add("canaries", registry.Find(name) is null ? $"There is no store '{name}'." : $"Canary '{name}' is not one of the rollout's stores.");
        }

        errors.Add("tenants", targets.Count == 0 ? "There is no running store to roll out to." : null);
        errors.ThrowIfAny();

        var others = targets.Where(t => !canaries.Contains(t, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        var wave = (int)Math.Ceiling(others.Count * plan.WavePercent / 100d);
        var rings = new List<RolloutRing>
        {
            new(RolloutPlan.CanaryRing, [.. targets.Where(t => canaries.Contains(t, StringComparer.OrdinalIgnoreCase))]),
            new(RolloutPlan.WaveRing, others[..wave]),
            new(RolloutPlan.RestRing, others[wave..]),
        };
        return [.. rings.Where(r => r.Tenants.Count > 0)];
    }

    private delegate Task<RolloutRun> Pass(RolloutRun run, IProgress<RolloutStep>? progress, CancellationToken cancellationToken);

    /// <summary>Runs a claimed rollout here, or on this node in the background, stopping with the node.</summary>
    private async Task<RolloutRun> ExecuteAsync(RolloutRun run, RolloutExecution execution, IProgress<RolloutStep>? progress, Pass pass, CancellationToken cancellationToken)
    {
        if (execution == RolloutExecution.Here)
        {
            return await pass(run, progress, cancellationToken);
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await pass(run, progress, lifetime.ApplicationStopping);
            }
            catch (Exception exception)
            {
                LogBackgroundFailed(logger, exception, run.Id);
            }
        }, CancellationToken.None);
        return run;
    }

    /// <summary>Switches the stores that have no result yet, ring by ring, and stops once failures pass the plan's limit.</summary>
    private async Task<RolloutRun> ForwardAsync(RolloutRun run, IProgress<RolloutStep>? progress, CancellationToken cancellationToken)
    {
        var done = run.Results.Select(r => r.Tenant).ToHashSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var ring in run.Rings)
            {
                foreach (var name in ring.Tenants.Where(t => !done.Contains(t)))
                {
                    if (run.Failed > run.Plan.MaxFailures)
                    {
                        return await store.SaveAsync(run with
                        {
                            State = RolloutRunState.Stopped,
                            StoppedBecause = $"{run.Failed} stores failed, more than the {run.Plan.MaxFailures} allowed; stopped before '{name}' ({ring.Name} ring).",
                        }, CancellationToken.None);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var result = await SwitchAsync(name, run.Plan.Feature, run.Plan.Enable, cancellationToken);
                    run = await store.SaveAsync(run with { Results = [.. run.Results, result] }, CancellationToken.None);
                    progress?.Report(new RolloutStep(run.Id, ring.Name, run.Done, run.Total, result));
                }
            }

            return await store.SaveAsync(run with { State = RolloutRunState.Completed }, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            return await store.SaveAsync(run with { State = RolloutRunState.Stopped, StoppedBecause = "Cancelled before the next store; resume it to go on." }, CancellationToken.None);
        }
    }

    /// <summary>Switches back every store the rollout changed, last first; a store that cannot be switched back is reported.</summary>
    private async Task<RolloutRun> BackwardAsync(RolloutRun run, IProgress<RolloutStep>? progress, CancellationToken cancellationToken)
    {
        var reverted = run.RollbackResults.Select(r => r.Tenant).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var changed = run.Results.Where(r => r.Outcome == FeatureRolloutOutcome.Changed).Reverse().ToList();
        try
        {
            foreach (var change in changed.Where(c => !reverted.Contains(c.Tenant)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await SwitchBackAsync(change, run.Plan, cancellationToken);
                run = await store.SaveAsync(run with { RollbackResults = [.. run.RollbackResults, result] }, CancellationToken.None);
                progress?.Report(new RolloutStep(run.Id, run.RingOf(change.Tenant) ?? "", run.RollbackResults.Count, changed.Count, result));
            }

            return await store.SaveAsync(run with { State = RolloutRunState.RolledBack }, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            return await store.SaveAsync(run with { State = RolloutRunState.Stopped, StoppedBecause = "Roll back cancelled; roll back again to finish it." }, CancellationToken.None);
        }
    }

    private async Task<FeatureRolloutResult> SwitchAsync(string name, string featureId, bool enable, CancellationToken cancellationToken) =>
        await GuardAsync(name, async () =>
        {
            var enabled = await features.EnabledAsync(name, cancellationToken);
            if (enabled.Contains(featureId, StringComparer.OrdinalIgnoreCase) == enable)
            {
                return new(name, FeatureRolloutOutcome.Unchanged, $"'{featureId}' was already {(enable ? "enabled" : "disabled")}.");
            }

            if (enable)
            {
                var added = await features.EnableAsync(name, [featureId], cancellationToken);
                return new(name, FeatureRolloutOutcome.Changed, $"Enabled {string.Join(", ", added)}.", added);
            }

            await features.DisableAsync(name, featureId, cancellationToken);
            return new(name, FeatureRolloutOutcome.Changed, $"Disabled {featureId}.", [featureId]);
        });

    /// <summary>Undoes one store's change: disables what was enabled (dependants first) or enables again what was disabled.</summary>
    private async Task<FeatureRolloutResult> SwitchBackAsync(FeatureRolloutResult change, RolloutPlan plan, CancellationToken cancellationToken) =>
        await GuardAsync(change.Tenant, async () =>
        {
            var switched = change.Features is { Count: > 0 } list ? list : [plan.Feature];
            if (!plan.Enable)
            {
                var added = await features.EnableAsync(change.Tenant, [.. switched], cancellationToken);
                return new(change.Tenant, FeatureRolloutOutcome.Changed, $"Enabled {string.Join(", ", added)} again.", added);
            }

            var enabled = await features.EnabledAsync(change.Tenant, cancellationToken);
            var disabled = new List<string>();
            foreach (var id in switched.Reverse().Where(id => enabled.Contains(id, StringComparer.OrdinalIgnoreCase)))
            {
                await features.DisableAsync(change.Tenant, id, cancellationToken);
                disabled.Add(id);
            }

            return disabled.Count == 0
                ? new(change.Tenant, FeatureRolloutOutcome.Unchanged, $"{string.Join(", ", switched)} had already been disabled.")
                : new(change.Tenant, FeatureRolloutOutcome.Changed, $"Disabled {string.Join(", ", disabled)} again.", disabled);
        });

    private static async Task<FeatureRolloutResult> GuardAsync(string name, Func<Task<FeatureRolloutResult>> change)
    {
        try
        {
            return await change();
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

    private List<string> RunningStores() =>
        [.. registry.All.Where(t => t.State == TenantState.Running && !t.IsDefault).Select(t => t.Name).Order(StringComparer.Ordinal)];

    private static void RefuseHost(IEnumerable<string>? names, string field)
    {
        if (names?.FirstOrDefault(n => string.Equals(n, TenantSettings.DefaultName, StringComparison.OrdinalIgnoreCase)) is { } host)
        {
            throw TenantValidationException.For(field, $"'{host}' is the SaaS host, not a store: rollouts change stores only. Nothing was changed.");
        }
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    [LoggerMessage(Level = LogLevel.Error, Message = "Rollout {Id} failed in the background.")]
    private static partial void LogBackgroundFailed(ILogger logger, Exception exception, string id);
}
