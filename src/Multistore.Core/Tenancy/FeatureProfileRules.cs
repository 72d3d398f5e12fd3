namespace Multistore.Tenancy;

/// <summary>
/// What makes a feature profile well formed: a tenant-style name and rules that are feature ids with optional
/// <c>*</c> wildcards. The engine checks it before a profile is stored through the host-management contract.
/// </summary>
internal static class FeatureProfileRules
{
    /// <summary>What is wrong with the profile, by field; empty when it is well formed.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(FeatureProfile profile)
    {
        var errors = new Dictionary<string, string[]>();
        if (TenantNameRules.CheckName(profile.Name) is { } nameError)
        {
            errors["name"] = [nameError.Replace("Name", "Profile name", StringComparison.Ordinal)];
        }

        for (var i = 0; i < profile.Rules.Count; i++)
        {
            var expression = profile.Rules[i].Expression;
            if (string.IsNullOrWhiteSpace(expression) || !expression.All(c => char.IsLetterOrDigit(c) || c is '.' or '*' or '-' or '_'))
            {
                errors[$"rules[{i}].expression"] = ["A rule is a feature id with optional '*' wildcards, e.g. 'Multistore.Payments.*'."];
            }
        }

        return errors;
    }
}
