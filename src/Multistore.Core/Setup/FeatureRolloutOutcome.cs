namespace Multistore.Setup;

public enum FeatureRolloutOutcome
{
    Changed,
    Unchanged,
    Failed,
}
