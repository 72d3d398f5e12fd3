namespace Multistore.Commerce;

/// <summary>The touchpoints a request can come from; recorded on carts and orders.</summary>
public static class Touchpoints
{
    public const string Web = "web";
    public const string App = "app";
    public const string Kiosk = "kiosk";
    public const string HeaderName = "X-Touchpoint";

    /// <summary>The claim of a customer token naming the touchpoint it was issued to; it outranks the header.</summary>
    public const string ClaimType = "touchpoint";

    public static readonly IReadOnlyList<string> All = [Web, App, Kiosk];
}
