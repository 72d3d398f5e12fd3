namespace Multistore.StorefrontApi.Catalog;

/// <summary>Facet counts over every match, not only the page: categories, attributes by name, price bands.</summary>
public sealed record ApiFacets(
    IReadOnlyList<ApiFacetValue> Categories,
    IReadOnlyDictionary<string, IReadOnlyList<ApiFacetValue>> Attributes,
    IReadOnlyList<ApiPriceFacet> Price);
