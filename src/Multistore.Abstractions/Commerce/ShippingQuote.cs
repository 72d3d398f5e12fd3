namespace Multistore.Commerce;

/// <summary>A way to ship with its price; <see cref="PickupLocation"/> is set for pickup at a store.</summary>
public sealed record ShippingQuote(string Code, string Name, Money Price, string? PickupLocation = null);
