namespace Multistore.Tenancy.Management;

public enum FeatureRuleKind
{
    Include,
    Exclude,
}
