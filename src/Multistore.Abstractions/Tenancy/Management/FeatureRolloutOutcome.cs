namespace Multistore.Tenancy.Management;

public enum FeatureRolloutOutcome
{
    Changed,
    Unchanged,
    Failed,
}
