namespace Multistore.Tenancy.Management;

/// <summary>Where a rollout is: running or rolling back on a node, stopped (resumable), completed, or rolled back.</summary>
public enum RolloutRunState
{
    Running,
    Stopped,
    Completed,
    RollingBack,
    RolledBack,
}
