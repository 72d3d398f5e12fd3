namespace Multistore.Tenancy;

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

    /// <summary>What is wrong with the profile, by field; empty when it is well formed.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (TenantNameRules.CheckName(Name) is { } nameError)
        {
            errors["name"] = [nameError.Replace("Name", "Profile name", StringComparison.Ordinal)];
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var expression = Rules[i].Expression;
            if (string.IsNullOrWhiteSpace(expression) || !expression.All(c => char.IsLetterOrDigit(c) || c is '.' or '*' or '-' or '_'))
            {
                errors[$"rules[{i}].expression"] = ["A rule is a feature id with optional '*' wildcards, e.g. 'Multistore.Payments.*'."];
            }
        }

        return errors;
    }
}
