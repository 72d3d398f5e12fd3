namespace Multistore.Checkout.Models;

/// <summary>One of the signed-in shopper's saved addresses offered above the checkout form: <c>/checkout?address={Index}</c> fills the form with it.</summary>
public sealed record SavedAddressChoice(int Index, string Label, bool Current);
