namespace Multistore.Shipping.Admin;

/// <summary>One pickup location as typed.</summary>
public sealed class PickupLocationRow
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Address);
}
