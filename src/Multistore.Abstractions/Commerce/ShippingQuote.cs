namespace Multistore.Commerce;

/// <summary>A way to ship with its price; <see cref="PickupLocation"/> is set for pickup at a store.</summary>
public sealed record ShippingQuote(string Code, string Name, Money Price, string? PickupLocation = null)
{
    /// <summary>How the code of a pickup at a store begins (<c>pickup:{location}</c>), so an order tells pickup from delivery by its method's code.</summary>
    public const string PickupCodePrefix = "pickup:";
}
