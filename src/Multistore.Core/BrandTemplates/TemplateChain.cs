namespace Multistore.BrandTemplates;

/// <summary>
/// The templates a store inherits from, closest first. Resolution walks store → these levels → host defaults,
/// and the first level that sets a value wins.
/// </summary>
internal sealed class TemplateChain
{
    public const int MaxDepth = 3;

    public TemplateChain(IReadOnlyList<BrandTemplate> levels) => Levels = levels;

    public static TemplateChain None { get; } = new([]);

    public IReadOnlyList<BrandTemplate> Levels { get; }

    /// <summary>Every feature the templates enable, without repeats.</summary>
    public IReadOnlyList<string> Features => [.. Levels.SelectMany(l => l.Features).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The closest template that enables the feature, or null.</summary>
    public string? FeatureSource(string featureId) =>
        Levels.FirstOrDefault(l => l.Features.Contains(featureId, StringComparer.OrdinalIgnoreCase))?.Name;

    public bool Contains(string template) => Levels.Any(l => string.Equals(l.Name, template, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Walks from <paramref name="name"/> up its parents. Returns null and says why when a template is missing,
    /// the parents loop, or there are more than <see cref="MaxDepth"/> levels.
    /// </summary>
    public static TemplateChain? Resolve(string name, IReadOnlyDictionary<string, BrandTemplate> all, out string? error)
    {
        var levels = new List<BrandTemplate>();
        string? next = name;
        while (next is not null)
        {
            if (!all.TryGetValue(next, out var template))
            {
                error = levels.Count == 0 ? $"There is no brand template '{next}'." : $"Template '{levels[^1].Name}' inherits from '{next}', which does not exist.";
                return null;
            }

            if (levels.Any(l => string.Equals(l.Name, template.Name, StringComparison.OrdinalIgnoreCase)))
            {
                error = $"Templates inherit in a circle: {string.Join(" → ", levels.Select(l => l.Name).Append(template.Name))}.";
                return null;
            }

            levels.Add(template);
            if (levels.Count > MaxDepth)
            {
                error = $"Templates inherit at most {MaxDepth} levels deep: {string.Join(" → ", levels.Select(l => l.Name))} is {levels.Count}.";
                return null;
            }

            next = template.Parent;
        }

        error = null;
        return new TemplateChain(levels);
    }
}
