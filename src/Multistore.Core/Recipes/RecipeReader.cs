using System.Text.Json;

namespace Multistore.Recipes;

/// <summary>Parses recipe JSON, naming the recipe and the place of anything malformed.</summary>
internal static class RecipeReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Recipe Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception)
        {
            throw new RecipeException([new RecipeError(source, -1, "json",
                $"is not valid JSON at line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}: {exception.Message.Split(" Path:")[0]}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            var errors = new List<RecipeError>();
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeException([new RecipeError(source, -1, "json", "must be an object.")]);
            }

            var name = Text(root, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new RecipeError(source, -1, "name", "is required."));
            }

            var recipeName = name ?? source;
            var steps = new List<JsonElement>();
            if (!root.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new RecipeError(recipeName, -1, "steps", "must be an array of steps."));
            }
            else
            {
                var index = 0;
                foreach (var step in stepsElement.EnumerateArray())
                {
                    if (step.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(Text(step, "name")))
                    {
                        errors.Add(new RecipeError(recipeName, index, "name", "every step needs a name."));
                    }

                    steps.Add(step.Clone());
                    index++;
                }
            }

            var kind = Text(root, "kind") ?? RecipeKinds.Store;
            if (!RecipeKinds.All.Contains(kind, StringComparer.Ordinal))
            {
                errors.Add(new RecipeError(recipeName, -1, "kind", $"must be one of {string.Join(", ", RecipeKinds.All)}."));
            }

            var parameters = new List<RecipeParameter>();
            if (root.TryGetProperty("parameters", out var parametersElement) && parametersElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var parameter in parametersElement.EnumerateArray())
                {
                    var parameterName = Text(parameter, "name");
                    if (string.IsNullOrWhiteSpace(parameterName))
                    {
                        errors.Add(new RecipeError(recipeName, -1, "parameters", "every parameter needs a name."));
                        continue;
                    }

                    parameters.Add(new RecipeParameter(parameterName, Text(parameter, "default"),
                        parameter.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
                        Text(parameter, "description") ?? ""));
                }
            }

            if (errors.Count > 0)
            {
                throw new RecipeException(errors);
            }

            var tags = root.TryGetProperty("tags", out var tagsElement) && tagsElement.ValueKind == JsonValueKind.Array
                ? tagsElement.EnumerateArray().Select(t => t.GetString() ?? "").ToList()
                : [];
            return new Recipe(recipeName, Text(root, "displayName") ?? recipeName, Text(root, "description") ?? "",
                Text(root, "version") ?? "1.0.0", tags, parameters, steps, kind);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
