using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Endpoints;
using Multistore.Checkout.Models;
using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.Checkout.Endpoints;

/// <summary>
/// The checkout form a signed-in customer starts with: their e-mail and their default saved address (the first
/// saved one the store ships to), or the one picked with <c>?address=</c>. A guest, or a customer with no saved
/// address, starts with an empty form.
/// </summary>
public static class CheckoutPrefill
{
    public static async Task<PrefilledCheckout> FormAsync(HttpContext context, ICheckoutService checkout, CancellationToken cancellationToken)
    {
        var countries = await checkout.CountriesAsync(cancellationToken);
        var empty = CheckoutForm.Empty(countries[0].Country);
        if (CartPageEndpoints.CustomerId(context) is not { } customer)
        {
            return new PrefilledCheckout(empty, []);
        }

        var email = context.User.FindFirstValue(ClaimTypes.Email) ?? context.User.Identity?.Name ?? "";
        var book = context.RequestServices.GetService<ISavedAddresses>();
        IReadOnlyList<Address> saved = book is null ? [] : [.. (await book.ListAsync(customer, cancellationToken)).Where(a => countries.Any(c => c.Country == a.Country))];
        var picked = int.TryParse(context.Request.Query["address"], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < saved.Count ? index : 0;
        var form = empty with { Email = email.Contains('@', StringComparison.Ordinal) ? email : "", Address = saved.Count > 0 ? saved[picked] : empty.Address };
        return new PrefilledCheckout(form, [.. saved.Select((a, i) => new SavedAddressChoice(i, Label(a), i == picked))]);
    }

    private static string Label(Address a) =>
        string.Join(", ", new[] { a.Name, a.Line1, $"{a.PostalCode} {a.City}".Trim(), a.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
