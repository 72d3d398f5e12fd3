using Microsoft.AspNetCore.Http;
using Multistore.Cart.Services;
using Multistore.Checkout.Models;
using Multistore.Checkout.Services;

namespace Multistore.Checkout.Endpoints;

/// <summary>
/// What one showing of the checkout page is about: the cart and the form as the shopper left them, and, where they
/// apply, the reviewed totals, a refusal naming its field, the saved addresses to choose from and the status. Each is
/// named where it is set, so no caller passes a row of <c>null</c>s to say "not this time".
/// </summary>
public sealed record CheckoutPageState(CartView Cart, CheckoutForm Form)
{
    public CheckoutTotals? Review { get; init; }

    public string? Error { get; init; }

    public string? ErrorField { get; init; }

    public IReadOnlyList<SavedAddressChoice> SavedAddresses { get; init; } = [];

    public int Status { get; init; } = StatusCodes.Status200OK;
}
