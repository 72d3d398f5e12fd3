namespace Multistore.StorefrontApi.Catalog;

/// <summary>
/// Facet counts over every match, not only the page: categories, attributes by name, price bands.
/// <see cref="AttributeNames"/> gives each attribute's name in the request's culture (the keys of
/// <see cref="Attributes"/> and the <c>facets=name:value</c> filter stay culture-neutral).
/// </summary>
public sealed record ApiFacets(
    IReadOnlyList<ApiFacetValue> Categories,
    IReadOnlyDictionary<string, IReadOnlyList<ApiFacetValue>> Attributes,
    IReadOnlyList<ApiPriceFacet> Price)
{
    public IReadOnlyDictionary<string, string> AttributeNames { get; init; } = new Dictionary<string, string>();
}
