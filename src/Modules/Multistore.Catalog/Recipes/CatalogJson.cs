using System.Text.Json;
using Multistore.Catalog.Editing;

namespace Multistore.Catalog.Recipes;

/// <summary>Reads products and categories from recipe or import JSON (camelCase, case-insensitive).</summary>
public static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The input, or null with the reason when the JSON has the wrong shape.</summary>
    public static T? Read<T>(JsonElement element, out string? error) where T : class
    {
        try
        {
            error = null;
            return element.Deserialize<T>(Options) ?? throw new JsonException("is empty.");
        }
        catch (JsonException exception)
        {
            error = exception.Path is { Length: > 1 } where ? $"{where.TrimStart('$', '.')}: {FirstSentence(exception.Message)}" : FirstSentence(exception.Message);
            return null;
        }
    }

    public static ProductInput? ReadProduct(JsonElement element, out string? error) => Read<ProductInput>(element, out error);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
