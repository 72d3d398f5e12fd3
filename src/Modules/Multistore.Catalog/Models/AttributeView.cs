namespace Multistore.Catalog.Models;

public sealed record AttributeView(string Name, string Value);
