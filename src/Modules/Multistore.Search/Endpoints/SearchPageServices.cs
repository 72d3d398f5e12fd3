using Multistore.Catalog.Media;
using Multistore.Search.Querying;
using Multistore.Theming;

namespace Multistore.Search.Endpoints;

/// <summary>
/// What the search and category listing pages need, bound with <c>[AsParameters]</c>: the product search, the
/// currencies a listing may be priced in, the hits' images, and the theme's renderer.
/// </summary>
public sealed record SearchPageServices(IProductSearch Search, SearchCurrencies Currencies, IProductImages Images, IThemeViewRenderer Views);
