namespace Multistore.Tenancy;

public enum FeatureRuleKind
{
    Include,
    Exclude,
}
