namespace Multistore.Modules;

/// <summary>
/// Works out which features a tenant runs: what it asked for, their dependencies and the always-enabled ones,
/// in dependency order; and whether a feature can be switched off.
/// </summary>
internal sealed class FeatureSet(ModuleCatalog catalog)
{
    /// <summary>Closes <paramref name="requested"/> over dependencies, dependencies first.</summary>
    public FeatureResolution Resolve(IEnumerable<string> requested, bool isDefaultTenant)
    {
        var errors = new List<string>();
        var ordered = new List<FeatureInfo>();
        var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        void Visit(string id, string? requiredBy)
        {
            if (done.Contains(id))
            {
                return;
            }

            var feature = catalog.Find(id);
            if (feature is null)
            {
                errors.Add(requiredBy is null ? $"Unknown feature '{id}'." : $"Unknown feature '{id}' (required by '{requiredBy}').");
                return;
            }

            if (feature.DefaultTenantOnly && !isDefaultTenant)
            {
                errors.Add($"Feature '{id}' can only be enabled on the Default tenant.");
                return;
            }

            if (!visiting.Add(id))
            {
                errors.Add($"Feature '{id}' depends on itself through its dependencies.");
                return;
            }

            foreach (var dependency in feature.Dependencies)
            {
                Visit(dependency, id);
            }

            visiting.Remove(id);
            done.Add(id);
            ordered.Add(feature);
        }

        var always = catalog.Features.Where(f => f.AlwaysEnabled && (isDefaultTenant || !f.DefaultTenantOnly)).Select(f => f.Id);
        foreach (var id in always.OrderBy(id => id, StringComparer.Ordinal).Concat(requested))
        {
            Visit(id, null);
        }

        return new FeatureResolution(ordered, errors);
    }

    /// <summary>The features that would stay enabled without <paramref name="toDisable"/>, or why it cannot go.</summary>
    public FeatureResolution Disable(IReadOnlyCollection<string> enabled, string toDisable, bool isDefaultTenant)
    {
        var feature = catalog.Find(toDisable);
        if (feature is null)
        {
            return new FeatureResolution([], [$"Unknown feature '{toDisable}'."]);
        }

        if (feature.AlwaysEnabled)
        {
            return new FeatureResolution([], [$"Feature '{toDisable}' is always enabled and cannot be disabled."]);
        }

        var dependents = enabled
            .Select(catalog.Find)
            .OfType<FeatureInfo>()
            .Where(f => f.Dependencies.Contains(toDisable, StringComparer.OrdinalIgnoreCase))
            .Select(f => f.Id)
            .ToList();
        if (dependents.Count > 0)
        {
            return new FeatureResolution([], [$"Feature '{toDisable}' cannot be disabled: {string.Join(", ", dependents)} depend(s) on it. Disable those first."]);
        }

        return Resolve(enabled.Where(id => !string.Equals(id, toDisable, StringComparison.OrdinalIgnoreCase)), isDefaultTenant);
    }
}
