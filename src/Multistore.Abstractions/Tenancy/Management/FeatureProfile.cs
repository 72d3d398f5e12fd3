namespace Multistore.Tenancy.Management;

/// <summary>
/// Bounds what a tenant may enable. Rules are tried in order and the first that matches a feature decides;
/// a feature no rule matches is allowed only when the profile has no include rule at all.
/// </summary>
public sealed record FeatureProfile(string Name, string Description, IReadOnlyList<FeatureProfileRule> Rules)
{
    /// <summary>Null when the feature is allowed, otherwise why not.</summary>
    public string? Check(string featureId)
    {
        var rule = Rules.FirstOrDefault(r => r.Matches(featureId));
        if (rule is not null)
        {
            return rule.Rule == FeatureRuleKind.Include ? null
                : $"Feature '{featureId}' is not allowed by feature profile '{Name}' (rule {rule}).";
        }

        return Rules.Any(r => r.Rule == FeatureRuleKind.Include)
            ? $"Feature '{featureId}' is not allowed by feature profile '{Name}' (no include rule matches it)."
            : null;
    }
}
