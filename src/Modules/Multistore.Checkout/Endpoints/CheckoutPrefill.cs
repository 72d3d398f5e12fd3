using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Endpoints;
using Multistore.Checkout.Models;
using Multistore.Checkout.Services;

namespace Multistore.Checkout.Endpoints;

/// <summary>
/// The checkout form a signed-in customer starts with: their e-mail and their default saved address (the first
/// saved one the store ships to). A guest, or a customer with no saved address, starts with an empty form.
/// </summary>
public static class CheckoutPrefill
{
    public static async Task<CheckoutForm> FormAsync(HttpContext context, ICheckoutService checkout, CancellationToken cancellationToken)
    {
        var countries = checkout.Countries();
        var empty = CheckoutForm.Empty(countries[0].Country);
        if (CartPageEndpoints.CustomerId(context) is not { } customer)
        {
            return empty;
        }

        var email = context.User.FindFirstValue(ClaimTypes.Email) ?? context.User.Identity?.Name ?? "";
        var saved = context.RequestServices.GetService<ISavedAddresses>() is { } book ? await book.ListAsync(customer, cancellationToken) : [];
        var address = saved.FirstOrDefault(a => countries.Any(c => c.Country == a.Country));
        return empty with { Email = email.Contains('@', StringComparison.Ordinal) ? email : "", Address = address ?? empty.Address };
    }
}
