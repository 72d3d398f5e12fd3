namespace Multistore.Search.Querying;

/// <summary>One value of a facet and how many matching products have it.</summary>
public sealed record FacetValue(string Key, string Name, int Count);
