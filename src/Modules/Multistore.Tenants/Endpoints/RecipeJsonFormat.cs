using System.Text.Json;

namespace Multistore.Tenants.Endpoints;

internal static class RecipeJsonFormat
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
