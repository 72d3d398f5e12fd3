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
    public const string Price = "price";
    public const string PriceSort = "price_sort";
    public const string CompareAt = "compare_at";
    public const string Created = "created";

    /// <summary>Separates a facet value's key from its display name in doc values.</summary>
    public const char FacetSeparator = '\u001f';

    /// <summary>Price doc value of a product without a price.</summary>
    public const long NoPrice = -1;
}
