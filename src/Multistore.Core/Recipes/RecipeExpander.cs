using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Multistore.Recipes;

/// <summary>
/// Turns a recipe and its parameter values into the flat list of steps to run: included recipes
/// (<c>recipes</c> steps) are inlined, <c>${Name}</c> placeholders are filled in.
/// </summary>
internal sealed partial class RecipeExpander(RecipeCatalog catalog)
{
    public IReadOnlyList<RecipeStepInstance> Expand(Recipe recipe, IReadOnlyDictionary<string, string> parameters)
    {
        var errors = new List<RecipeError>();
        var tree = new List<(Recipe Recipe, int Index, JsonElement Step)>();
        var visited = new List<Recipe> { recipe };
        Collect(recipe, [recipe.Name], tree, visited, errors);

        // The including recipe's defaults win over those of the recipes it includes.
        var values = ParameterValues(recipe, visited, parameters, errors);
        var steps = new List<RecipeStepInstance>();
        foreach (var (owner, index, step) in tree)
        {
            var node = JsonNode.Parse(step.GetRawText())!;
            var filled = Fill(node, values, owner.Name, index, "", errors) ?? node;
            var element = JsonDocument.Parse(filled.ToJsonString()).RootElement.Clone();
            steps.Add(new RecipeStepInstance(owner.Name, index, element.GetProperty("name").GetString()!, element));
        }

        if (errors.Count > 0)
        {
            throw new RecipeException(errors);
        }

        return steps;
    }

    /// <summary>The parameters the recipe and every recipe it includes declare.</summary>
    public IReadOnlyList<RecipeParameter> Parameters(Recipe recipe)
    {
        var visited = new List<Recipe> { recipe };
        Collect(recipe, [recipe.Name], [], visited, []);
        return [.. visited.SelectMany(r => r.Parameters)];
    }

    private void Collect(Recipe recipe, List<string> chain, List<(Recipe, int, JsonElement)> into, List<Recipe> visited, List<RecipeError> errors)
    {
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var step = recipe.Steps[index];
            if (step.GetProperty("name").GetString() != "recipes")
            {
                into.Add((recipe, index, step));
                continue;
            }

            if (!step.TryGetProperty("values", out var includes) || includes.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new RecipeError(recipe.Name, index, "values", "must be an array of { \"name\": \"recipe\" }."));
                continue;
            }

            var position = 0;
            foreach (var include in includes.EnumerateArray())
            {
                var field = $"values[{position++}].name";
                var name = include.ValueKind == JsonValueKind.Object && include.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (string.IsNullOrWhiteSpace(name))
                {
                    errors.Add(new RecipeError(recipe.Name, index, field, "is required."));
                    continue;
                }

                if (chain.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(new RecipeError(recipe.Name, index, field, $"includes '{name}' again: {string.Join(" -> ", chain)} -> {name}."));
                    continue;
                }

                try
                {
                    var included = catalog.Get(name);
                    visited.Add(included);
                    Collect(included, [.. chain, included.Name], into, visited, errors);
                }
                catch (RecipeException exception)
                {
                    errors.AddRange(exception.Errors.Select(e => e.StepIndex < 0 ? new RecipeError(recipe.Name, index, field, e.Message) : e));
                }
            }
        }
    }

    private static Dictionary<string, string> ParameterValues(Recipe root, List<Recipe> recipes, IReadOnlyDictionary<string, string> supplied, List<RecipeError> errors)
    {
        var declared = recipes.SelectMany(r => r.Parameters).GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in declared)
        {
            if (supplied.TryGetValue(parameter.Key, out var value) || (value = parameter.Select(p => p.Default).FirstOrDefault(d => d is not null)) is not null)
            {
                values[parameter.Key] = value;
            }
            else if (parameter.Any(p => p.Required))
            {
                errors.Add(new RecipeError(root.Name, -1, $"parameters.{parameter.Key}", "is required and has no default."));
            }
        }

        foreach (var name in supplied.Keys.Where(k => !values.ContainsKey(k)))
        {
            errors.Add(new RecipeError(root.Name, -1, $"parameters.{name}",
                $"is not a parameter of this recipe (it takes: {string.Join(", ", declared.Select(d => d.Key))})."));
        }

        return values;
    }

    private static JsonValue? Fill(JsonNode node, Dictionary<string, string> values, string recipe, int index, string path, List<RecipeError> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    var at = path.Length == 0 ? key : $"{path}.{key}";
                    if (child is not null && Fill(child, values, recipe, index, at, errors) is { } replaced)
                    {
                        obj[key] = replaced;
                    }

                    // Property names may be parameters too: { "translations": { "${Culture}": { ... } } }.
                    var filledKey = Substitute(key, values, recipe, index, at, errors);
                    if (filledKey != key)
                    {
                        var value = obj[key];
                        obj.Remove(key);
                        obj[filledKey] = value;
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child && Fill(child, values, recipe, index, $"{path}[{i}]", errors) is { } replaced)
                    {
                        array[i] = replaced;
                    }
                }

                return null;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("${", StringComparison.Ordinal):
                return JsonValue.Create(Substitute(text, values, recipe, index, path, errors));
            default:
                return null;
        }
    }

    private static string Substitute(string text, Dictionary<string, string> values, string recipe, int index, string path, List<RecipeError> errors) =>
        !text.Contains("${", StringComparison.Ordinal) ? text : Placeholder().Replace(text, match =>
        {
            if (values.TryGetValue(match.Groups[1].Value, out var replacement))
            {
                return replacement;
            }

            errors.Add(new RecipeError(recipe, index, path, $"uses unknown parameter '{match.Groups[1].Value}'."));
            return match.Value;
        });

    [GeneratedRegex(@"\$\{([A-Za-z][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
