using Microsoft.AspNetCore.Antiforgery;
using Multistore.Cart.Services;
using Multistore.Theming;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// What every cart page handler needs, bound with <c>[AsParameters]</c>: the carts, the theme's renderer and the
/// antiforgery service that issues the page's form token. They always travel together, so a handler takes one record
/// instead of three services, and <see cref="CartPageEndpoints.RenderAsync"/> takes the same record.
/// </summary>
public sealed record CartPageServices(ICartService Carts, IThemeViewRenderer Views, IAntiforgery Antiforgery);
