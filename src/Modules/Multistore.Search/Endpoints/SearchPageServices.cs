using Multistore.Catalog.Media;
using Multistore.Search.Querying;
using Multistore.Theming;

namespace Multistore.Search.Endpoints;

/// <summary>
/// What the search and category listing pages need, bound with <c>[AsParameters]</c>: the listing search (the index, or the database while it is built), the
/// currencies a listing may be priced in, the hits' images, and the theme's renderer.
/// </summary>
public sealed record SearchPageServices(ListingSearch Search, SearchCurrencies Currencies, IProductImages Images, IThemeViewRenderer Views);
