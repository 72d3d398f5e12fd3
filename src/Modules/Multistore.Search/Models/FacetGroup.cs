namespace Multistore.Search.Models;

/// <summary>A facet on a listing page: <see cref="Name"/> as shoppers read it, <see cref="Key"/> the filter's culture-neutral name.</summary>
public sealed record FacetGroup(string Name, IReadOnlyList<FacetLink> Values)
{
    public string Key { get; init; } = Name;
}
