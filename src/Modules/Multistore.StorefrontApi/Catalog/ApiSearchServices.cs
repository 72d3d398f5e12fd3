using Multistore.Catalog.Services;
using Multistore.Search.Endpoints;
using Multistore.Search.Querying;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>
/// What <c>GET /search</c> needs, bound with <c>[AsParameters]</c>: the storefront's product search, the catalog that
/// resolves a category key or slug, and the currencies a search may be priced in.
/// </summary>
public sealed record ApiSearchServices(ListingSearch Search, IProductCatalog Catalog, SearchCurrencies Currencies);
