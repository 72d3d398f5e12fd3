using System.Text.Json;

namespace Multistore.Recipes;

/// <summary>Reading step fields with errors that name the field, so every step reports bad input the same way.</summary>
public static class RecipeJson
{
    public static string? ReadString(this RecipeStepContext context, JsonElement element, string field, bool required = false, string? path = null)
    {
        var name = path is null ? field : $"{path}.{field}";
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                context.AddError(name, "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            context.AddError(name, $"must be a string, not {value.ValueKind}.");
            return null;
        }

        var text = value.GetString();
        if (required && string.IsNullOrWhiteSpace(text))
        {
            context.AddError(name, "must not be empty.");
        }

        return text;
    }

    public static decimal? ReadDecimal(this RecipeStepContext context, JsonElement element, string field, bool required = false, string? path = null)
    {
        var name = path is null ? field : $"{path}.{field}";
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                context.AddError(name, "is required.");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String &&
            decimal.TryParse(value.GetString(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        context.AddError(name, $"must be a number, not '{value}'.");
        return null;
    }

    public static IEnumerable<(int Index, JsonElement Item)> ReadArray(this RecipeStepContext context, JsonElement element, string field, bool required = false, string? path = null)
    {
        var name = path is null ? field : $"{path}.{field}";
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                context.AddError(name, "is required.");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            context.AddError(name, $"must be an array, not {value.ValueKind}.");
            return [];
        }

        return value.EnumerateArray().Select((item, index) => (index, item)).ToList();
    }
}
