namespace Multistore.StorefrontApi.Catalog;

/// <summary>A facet value and how many matching products have it; <see cref="Value"/> is what the filter takes, <see cref="Name"/> its label in the request's culture.</summary>
public sealed record ApiFacetValue(string Value, string Name, int Count);
