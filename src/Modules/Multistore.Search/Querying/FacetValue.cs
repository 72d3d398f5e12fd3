namespace Multistore.Search.Querying;

/// <summary>
/// One value of a facet and how many matching products have it: <see cref="Key"/> is what the filter takes
/// (culture-neutral), <see cref="Name"/> what shoppers read in the searched culture.
/// </summary>
public sealed record FacetValue(string Key, string Name, int Count);
