using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Catalog.Endpoints;

/// <summary>
/// What the product page needs, bound with <c>[AsParameters]</c>: the product with its labels, its prices in the
/// store's currency, its stock, its pictures, the store's cultures, and the theme's renderer.
/// </summary>
public sealed record ProductPageServices(IProductCatalog Catalog, IPriceService Prices, IProductImages Images, IEnumerable<IStockLevels> Stock, IOptions<SiteSettings> Site, IThemeViewRenderer Views);
