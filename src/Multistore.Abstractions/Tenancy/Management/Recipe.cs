using System.Text.Json;

namespace Multistore.Tenancy.Management;

/// <summary>
/// A recipe as read from its JSON file, before its parameters are filled in. <see cref="Kind"/> says what it makes:
/// a <c>store</c>, the SaaS <c>host</c>, or a <c>fragment</c> (a catalog, a payment section) that only other recipes include.
/// </summary>
public sealed record Recipe(
    string Name,
    string DisplayName,
    string Description,
    string Version,
    IReadOnlyList<string> Tags,
    IReadOnlyList<RecipeParameter> Parameters,
    IReadOnlyList<JsonElement> Steps,
    string Kind = RecipeKinds.Store);
