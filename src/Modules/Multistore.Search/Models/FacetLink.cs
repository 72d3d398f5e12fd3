namespace Multistore.Search.Models;

/// <summary>A facet value as a link that adds (or, when <see cref="Selected"/>, removes) its filter.</summary>
public sealed record FacetLink(string Name, int Count, string Url, bool Selected);
