namespace Multistore.Commerce;

/// <summary>What shipping rates are asked for: where to, the goods' value and weight, and the touchpoint (kiosks offer pickup).</summary>
public sealed record ShippingRequest(Address ShipTo, Money Subtotal, decimal WeightKg, string Touchpoint);
