using System.Text.RegularExpressions;

namespace Multistore.Tenancy.Management;

/// <summary>One rule of a feature profile: include or exclude the features whose id matches a pattern (<c>*</c> is a wildcard).</summary>
public sealed record FeatureProfileRule(FeatureRuleKind Rule, string Expression)
{
    public bool Matches(string featureId) =>
        Regex.IsMatch(featureId, "^" + Regex.Escape(Expression.Trim()).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public override string ToString() => $"{Rule.ToString().ToLowerInvariant()} '{Expression}'";
}
