namespace Multistore.Theming;

/// <summary>A module's Liquid filter by name: the engine adds one filter per registration to the store's templates.</summary>
public sealed record TemplateFilterRegistration(string Name, Type FilterType);
