using System.Text.Json.Nodes;

namespace Multistore.Recipes;

/// <summary>The recipe being exported: contributors add steps in order.</summary>
public sealed class RecipeExportContext(bool includeContent)
{
    private readonly List<JsonObject> _steps = [];
    private readonly List<RecipeExportParameter> _parameters = [];

    /// <summary>Whether content (catalog, prices, stock) is exported, not only configuration.</summary>
    public bool IncludeContent { get; } = includeContent;

    public IReadOnlyList<JsonObject> Steps => _steps;

    /// <summary>Parameters the contributors' steps use as <c>${Name}</c>, declared by the exported recipe.</summary>
    public IReadOnlyList<RecipeExportParameter> Parameters => _parameters;

    /// <summary>
    /// Declares a parameter the added steps use; its default is the exported store's value (an empty default means
    /// "not given"). A name declared already keeps its first declaration, so two modules may ask for the same one.
    /// </summary>
    public void AddParameter(string name, string defaultValue, string description)
    {
        if (!_parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            _parameters.Add(new RecipeExportParameter(name, defaultValue, description));
        }
    }

    /// <summary>Adds a step; its <c>name</c> is set from <paramref name="name"/>.</summary>
    public void AddStep(string name, JsonObject body)
    {
        var step = new JsonObject { ["name"] = name };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            step[key] = value;
        }

        _steps.Add(step);
    }
}
