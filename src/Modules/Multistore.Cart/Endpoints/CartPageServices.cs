using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Multistore.Cart.Services;
using Multistore.Catalog.Media;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// What every cart page handler needs, bound with <c>[AsParameters]</c>: the carts, the theme's renderer, the
/// antiforgery service that issues the page's form token, and the products' pictures with the store's default culture. They always travel together, so a handler takes one record
/// instead of three services, and <see cref="CartPageEndpoints.RenderAsync"/> takes the same record.
/// </summary>
public sealed record CartPageServices(ICartService Carts, IThemeViewRenderer Views, IAntiforgery Antiforgery, IProductImages Images, IOptions<SiteSettings> Site);
