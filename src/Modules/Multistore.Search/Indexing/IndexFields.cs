namespace Multistore.Search.Indexing;

/// <summary>Field names of a product document.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Sku = "sku";
    public const string SkuExact = "sku_exact";
    public const string SkuText = "sku_text";
    public const string Name = "name";
    public const string Slug = "slug";
    public const string Description = "description";
    public const string CategoryText = "category_text";
    public const string Category = "category";
    public const string CategoryFacet = "category_facet";
    public const string Attribute = "attribute";
    public const string AttributeFacet = "attribute_facet";
    public const string Created = "created";

    /// <summary>
    /// The shape of documents: an index committed with another (or none) is rebuilt. 2: prices per currency.
    /// 3: attribute facets carry their name and value labels in the index's culture.
    /// </summary>
    public const string Format = "3";

    /// <summary>Separates a facet value's key from its display name in doc values.</summary>
    public const char FacetSeparator = '\u001f';

    /// <summary>The price in <paramref name="currency"/>'s minor units, indexed for range filters and stored for hits.</summary>
    public static string PriceIn(string currency) => "price_" + currency;

    /// <summary>The same price as a doc value, for sorting and price bands.</summary>
    public static string PriceSortIn(string currency) => "price_sort_" + currency;

    /// <summary>1 when the product has a price in <paramref name="currency"/>: products without one sort last either way.</summary>
    public static string PricedIn(string currency) => "priced_" + currency;

    public static string CompareAtIn(string currency) => "compare_at_" + currency;
}
