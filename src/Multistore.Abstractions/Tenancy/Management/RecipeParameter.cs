namespace Multistore.Tenancy.Management;

public sealed record RecipeParameter(string Name, string? Default, bool Required, string Description);
