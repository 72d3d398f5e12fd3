namespace Multistore.Search.Querying;

/// <summary>Product search of the tenant, used by the storefront pages and the Storefront API.</summary>
public interface IProductSearch
{
    /// <summary>Never throws on bad query text: what cannot be parsed is searched for literally.</summary>
    SearchResult Search(SearchRequest request);
}
