using Multistore.Tenancy.Management;

namespace Multistore.Tenants;

/// <summary>How the admin and the command line name a rollout's state.</summary>
internal static class RolloutWords
{
    public static string State(RolloutRunState state) => state switch
    {
        RolloutRunState.Running => "running",
        RolloutRunState.Stopped => "stopped",
        RolloutRunState.Completed => "completed",
        RolloutRunState.RollingBack => "rolling back",
        RolloutRunState.RolledBack => "rolled back",
        _ => state.ToString(),
    };
}
