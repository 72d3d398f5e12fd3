namespace Multistore.Tenancy.Management;

/// <summary>
/// A feature switched across the fleet in rings: the <see cref="Canaries"/> first, then <see cref="WavePercent"/> of the
/// other stores, then the rest. The rollout stops by itself as soon as more than <see cref="MaxFailures"/> stores have
/// failed, before the next store; a stopped rollout can be resumed or rolled back.
/// </summary>
/// <param name="Feature">The feature to switch.</param>
/// <param name="Enable">True to enable, false to disable.</param>
/// <param name="Tenants">The stores; null or empty means every running store. The SaaS host is never one.</param>
/// <param name="Canaries">Stores (among the targets) that go first, in this order.</param>
/// <param name="WavePercent">The share of the remaining stores (0 to 100, rounded up) in the second ring; 0 means no wave.</param>
/// <param name="MaxFailures">How many stores may fail before the rollout stops.</param>
public sealed record RolloutPlan(string Feature, bool Enable, IReadOnlyList<string>? Tenants, IReadOnlyList<string>? Canaries, int WavePercent, int MaxFailures)
{
    public const string CanaryRing = "canary";
    public const string WaveRing = "wave";
    public const string RestRing = "rest";
}
