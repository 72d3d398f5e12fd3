using Microsoft.AspNetCore.Antiforgery;
using Multistore.Orders.Services;
using Multistore.Theming;

namespace Multistore.Orders.Endpoints;

/// <summary>What the order page is drawn with: the theme's views, the form's antiforgery tokens, the order in the shopper's words.</summary>
public sealed class OrderPageViews(IThemeViewRenderer renderer, IAntiforgery antiforgery, OrderConfirmationReader confirmations)
{
    public IThemeViewRenderer Renderer { get; } = renderer;

    public IAntiforgery Antiforgery { get; } = antiforgery;

    public OrderConfirmationReader Confirmations { get; } = confirmations;
}
