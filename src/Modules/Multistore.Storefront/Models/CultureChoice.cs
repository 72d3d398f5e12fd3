namespace Multistore.Storefront.Models;

/// <summary>One of the store's cultures, by its own name, with the link that switches to it.</summary>
public sealed record CultureChoice(string Culture, string Name, string Url);
