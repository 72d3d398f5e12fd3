namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>An address a customer keeps in their account to check out with; <see cref="IsDefault"/> at most once per customer.</summary>
internal sealed class CustomerAddress
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string CustomerId { get; set; } = "";
    public bool IsDefault { get; set; }
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string? Region { get; set; }
    public string Country { get; set; } = "";
    public string? Phone { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
}
