namespace Multistore.Checkout.Models;

/// <summary>The form a checkout starts with and the saved addresses the shopper may switch to.</summary>
public sealed record PrefilledCheckout(CheckoutForm Form, IReadOnlyList<SavedAddressChoice> Choices);
