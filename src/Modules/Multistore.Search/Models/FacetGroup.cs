namespace Multistore.Search.Models;

public sealed record FacetGroup(string Name, IReadOnlyList<FacetLink> Values);
