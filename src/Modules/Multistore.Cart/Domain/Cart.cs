namespace Multistore.Cart.Domain;

/// <summary>
/// A shopper's cart in the tenant database. A guest's is found by its id (in a cookie or the app's storage);
/// a customer's by <see cref="CustomerId"/>, the same on web, app and kiosk.
/// </summary>
internal sealed class Cart
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Opaque id of the signed-in customer; null for a guest.</summary>
    public string? CustomerId { get; set; }
    public string Currency { get; set; } = "";
    public string Culture { get; set; } = "";

    /// <summary>Where the cart was last changed: web, app or kiosk.</summary>
    public string Touchpoint { get; set; } = "";
    public string? CouponCode { get; set; }
    public bool IsCheckedOut { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public List<CartLine> Lines { get; set; } = [];
}
