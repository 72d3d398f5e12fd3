using Microsoft.AspNetCore.Http;
using Multistore.Commerce;

namespace Multistore.Checkout.Models;

/// <summary>What the shopper typed into the checkout form, kept to fill the form again.</summary>
public sealed record CheckoutForm(string Email, Address Address, string ShippingMethod, string PaymentMethod, string IdempotencyKey)
{
    public static CheckoutForm Read(IFormCollection form) => new(
        form["email"].ToString().Trim(),
        new Address
        {
            Name = form["name"].ToString(), Company = Optional(form["company"]), Line1 = form["line1"].ToString(), Line2 = Optional(form["line2"]),
            City = form["city"].ToString(), PostalCode = form["postalCode"].ToString(), Region = Optional(form["region"]),
            Country = form["country"].ToString().ToUpperInvariant(), Phone = Optional(form["phone"]),
        },
        form["shippingMethod"].ToString(),
        form["paymentMethod"].ToString(),
        form["idempotencyKey"].ToString() is { Length: > 0 } key ? key : Guid.NewGuid().ToString("N"));

    public static CheckoutForm Empty(string country) => new("", new Address { Country = country }, "", "", Guid.NewGuid().ToString("N"));

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
