using System.Text.Json.Nodes;

namespace Multistore.Recipes;

/// <summary>The recipe being exported: contributors add steps in order.</summary>
public sealed class RecipeExportContext(bool includeContent)
{
    private readonly List<JsonObject> _steps = [];

    /// <summary>Whether content (catalog, prices, stock) is exported, not only configuration.</summary>
    public bool IncludeContent { get; } = includeContent;

    public IReadOnlyList<JsonObject> Steps => _steps;

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
