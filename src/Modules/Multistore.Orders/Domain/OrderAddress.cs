namespace Multistore.Orders.Domain;

/// <summary>An address as it was when the order was placed (stored with the order, never shared).</summary>
public sealed class OrderAddress
{
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string? Region { get; set; }
    public string Country { get; set; } = "";
    public string? Phone { get; set; }
}
