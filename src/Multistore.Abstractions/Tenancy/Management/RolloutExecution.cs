namespace Multistore.Tenancy.Management;

/// <summary>
/// Where a rollout's stores are switched: here, the call returning when it ends (the command line), or in the background
/// on this node, the call returning once the rollout is recorded (the admin and the API, which show its progress).
/// </summary>
public enum RolloutExecution
{
    Here,
    InBackground,
}
