namespace Multistore.StorefrontApi.Customers.Addresses;

/// <summary>The saved address, or the problems that stopped it (field → messages); nothing is written then.</summary>
public sealed record AddressChange(SavedAddress? Address, Dictionary<string, string[]> Errors)
{
    public static AddressChange Invalid(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] });
}
