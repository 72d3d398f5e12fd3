namespace Multistore.Shipping.Settings;

/// <summary>When shoppers may choose to pick up at a store: never, at in-store kiosks only, or on every touchpoint.</summary>
public static class PickupOffer
{
    public const string Never = "never";
    public const string Kiosk = "kiosk";
    public const string Always = "always";

    public static readonly IReadOnlyList<string> All = [Never, Kiosk, Always];
}
