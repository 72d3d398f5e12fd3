using System.Text.Json;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// <c>recipeJson</c> on POST /api/tenants: a recipe object, or a string holding one (as a file's text is often sent).
/// Anything else is refused naming the field; it was ignored before, and the store was made without it (issue 14).
/// </summary>
internal static class UploadedRecipe
{
    private const string Source = "upload.recipe.json";

    public static Recipe? Read(JsonElement? value, IRecipeCatalog recipes) => value?.ValueKind switch
    {
        null or JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.Object => recipes.Read(value.Value.GetRawText(), Source),
        JsonValueKind.String when !string.IsNullOrWhiteSpace(value.Value.GetString()) => recipes.Read(value.Value.GetString()!, Source),
        _ => throw TenantValidationException.For("recipeJson", $"recipeJson must be a recipe (a JSON object) or a string holding one; it is {Describe(value.Value.ValueKind)}."),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "an empty string",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        _ => "true or false",
    };
}
